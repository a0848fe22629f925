import type { Assessment } from '../applicability/assess.js';
import type { Answers } from '../referential/model.js';

export const MANIFEST_VERSION = 1;

/** An evidence version a round froze. */
export interface ManifestEvidence {
  id: string;
  scenarioCode: string;
  proofCode: string;
  version: number;
  sha256: string;
  size: number;
  mediaType: string;
}

/** A sworn declaration a round froze. */
export interface ManifestDeclaration {
  id: string;
  scenarioCode: string;
  sha256: string;
}

/** A scenario's applicability when the round was submitted. */
export interface ManifestScenario {
  code: string;
  applicable: boolean;
  declarationRequired: boolean;
  reasons: string[];
}

/**
 * A submitted round as frozen (`submission.manifest`, hashed to `manifestSha256`): written by
 * `buildManifest` only, read as such by the round diff, the archive and the submissions list. A
 * type alias, not an interface, so that it is also a plain JSON object (`Record<string, unknown>`).
 */
export type SubmissionManifest = {
  manifestVersion: typeof MANIFEST_VERSION;
  dossier: { id: string; organizationId: string; productId: string; round: number };
  referential: { id: string; code: string; version: string; contentHash: string };
  answers: Answers;
  scenarios: ManifestScenario[];
  evidence: ManifestEvidence[];
  declarations: ManifestDeclaration[];
  /** ISO 8601. */
  submittedAt: string;
  submittedBy: { userId: string | null; tokenId: string | null };
};

export interface ManifestInput {
  dossier: SubmissionManifest['dossier'];
  referential: SubmissionManifest['referential'];
  answers: Answers;
  assessment: Assessment;
  evidence: ManifestEvidence[];
  declarations: ManifestDeclaration[];
  submittedAt: Date;
  submittedBy: SubmissionManifest['submittedBy'];
}

/**
 * What a submission freezes: the dossier, the pinned référentiel (with its content hash), the
 * answers, every scenario's applicability, each evidence version and each declaration by hash.
 * Arrays are in a fixed order, so equal content always gives the same canonical JSON and hash.
 */
export function buildManifest(input: ManifestInput): SubmissionManifest {
  const byCode = (a: { scenarioCode: string }, b: { scenarioCode: string }): number =>
    a.scenarioCode < b.scenarioCode ? -1 : a.scenarioCode > b.scenarioCode ? 1 : 0;
  return {
    manifestVersion: MANIFEST_VERSION,
    dossier: input.dossier,
    referential: input.referential,
    answers: input.answers,
    scenarios: input.assessment.scenarios.map((scenario) => ({
      code: scenario.code,
      applicable: scenario.applicable,
      declarationRequired: scenario.declarationRequired,
      reasons: scenario.reasons,
    })),
    evidence: [...input.evidence]
      .sort(
        (a, b) =>
          byCode(a, b) || (a.proofCode < b.proofCode ? -1 : a.proofCode > b.proofCode ? 1 : a.version - b.version),
      )
      .map(({ id, scenarioCode, proofCode, version, sha256, size, mediaType }) => ({
        id,
        scenarioCode,
        proofCode,
        version,
        sha256,
        size,
        mediaType,
      })),
    declarations: [...input.declarations]
      .sort(byCode)
      .map(({ id, scenarioCode, sha256 }) => ({ id, scenarioCode, sha256 })),
    submittedAt: input.submittedAt.toISOString(),
    submittedBy: input.submittedBy,
  };
}
