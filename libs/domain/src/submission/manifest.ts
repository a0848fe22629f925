import type { Assessment } from '../applicability/assess.js';
import type { Answers } from '../referential/model.js';

export const MANIFEST_VERSION = 1;

export interface ManifestInput {
  dossier: { id: string; organizationId: string; productId: string; round: number };
  referential: { id: string; code: string; version: string; contentHash: string };
  answers: Answers;
  assessment: Assessment;
  evidence: {
    id: string;
    scenarioCode: string;
    proofCode: string;
    version: number;
    sha256: string;
    size: number;
    mediaType: string;
  }[];
  declarations: { id: string; scenarioCode: string; sha256: string }[];
  submittedAt: Date;
  submittedBy: { userId: string | null; tokenId: string | null };
}

/**
 * What a submission freezes: the dossier, the pinned référentiel (with its content hash), the
 * answers, every scenario's applicability, each evidence version and each declaration by hash.
 * Arrays are in a fixed order, so equal content always gives the same canonical JSON and hash.
 */
export function buildManifest(input: ManifestInput): Record<string, unknown> {
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
