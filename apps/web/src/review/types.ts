import type { Schemas } from '../api/client';

/* The review area's API shapes, by the names it uses. */

export type DossierStatus = Schemas['DossierDto']['status'];
export type Dossier = Schemas['DossierDto'];
export type Scenario = Schemas['DossierScenarioDto'];
export type Proof = Schemas['DossierProofDto'];
export type Evidence = Schemas['EvidenceSummaryDto'];
export type Referential = Schemas['ReferentialDto'];
export type AuditEvent = Schemas['AuditEventDto'];

export type QueueItem = Schemas['QueueItemDto'];
export type QueuePage = Schemas['QueuePageDto'];
/** One dossier as the queue shows it, with its progress (GET /review/dossiers/{id}). */
export type ReviewSummary = Schemas['ReviewSummaryDto'];
export type DossierProgress = Schemas['DossierProgressDto'];

export type RoundDiff = Schemas['RoundDiffDto'];

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

export type Median = Schemas['MedianDto'];
export type ReviewStats = Schemas['ReviewStatsDto'];

/** What the pieces of a scenario's review are given: the dossier, the scenario, and whom to tell of a change. */
export interface ScenarioProps {
  dossier: Dossier;
  scenario: Scenario;
  onChanged: () => void;
}
