import type { Schemas } from '../api/client';

/*
 * Shapes the generated schema types too loosely (nested objects the API documents as plain
 * objects): written out here from apps/api/src/review/dto/review.dto.ts.
 */

export type DossierStatus = Schemas['DossierDto']['status'];
export type Dossier = Schemas['DossierDto'];
export type Scenario = Schemas['DossierScenarioDto'];
export type Proof = Schemas['DossierProofDto'];
export type Evidence = Schemas['EvidenceSummaryDto'];
export type Referential = Schemas['ReferentialDto'];
export type AuditEvent = Schemas['AuditEventDto'];

export interface QueueItem {
  id: string;
  status: DossierStatus;
  round: number;
  vendor: { id: string; name: string };
  product: { id: string; name: string; version: string };
  referential: { id: string; code: string; version: string };
  assignedTo?: string | null;
  lastSubmittedAt: string;
  firstSubmittedAt: string;
  waitingSeconds: number;
  /** Scenarios accepted / applicable, when the API sends them. */
  progress?: { accepted: number; applicable: number } | null;
}

export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
}

export interface RoundDiff {
  round: number;
  previousRound?: number | null;
  answers: { key: string; before: unknown; after: unknown }[];
  applicability: { scenario: string; before: boolean | null; after: boolean }[];
  newEvidence: { id: string; scenarioCode: string; proofCode: string; version: number; sha256: string }[];
  newDeclarations: { id: string; scenarioCode: string; sha256: string }[];
  changedScenarios: string[];
}

export type Verdict = 'accepted' | 'changes_requested' | 'rejected';
export type Decision = 'approved' | 'changes_requested' | 'rejected';

/** A sworn declaration as the dossier view carries it (a free-form object in the schema). */
export interface DeclarationView {
  id?: string;
  declarantName?: string;
  declarantRole?: string;
  justification?: string;
  signedAt?: string;
  sha256?: string;
}

export interface Median {
  medianSeconds: number | null;
  count: number;
}

export interface ReviewStats {
  byStatus: { status: DossierStatus; count: number }[];
  timeInReview: Median;
  waiting: Median;
  byFamily: { family: string; total: number; judged: number; accepted: number }[];
  computedAt: string;
}
