import { describe, expect, it } from '@jest/globals';
import type { Assessment } from '../applicability/assess.js';
import { canonicalJson } from '../canonical-json.js';
import { buildManifest, MANIFEST_VERSION, type ManifestInput } from './manifest.js';

const assessment: Assessment = {
  scenarios: [
    {
      code: 'ANN 2.1',
      requirementCode: 'ANN 2',
      applicable: true,
      reasons: ['Applicable : …'],
      declarationRequired: false,
      waivedByAnswer: false,
      pendingQuestions: [],
      proofs: [],
      cases: [],
    },
    {
      code: 'IEU 7.1',
      requirementCode: 'IEU 7',
      applicable: false,
      reasons: ['Non applicable : …'],
      declarationRequired: true,
      waivedByAnswer: true,
      pendingQuestions: [],
      proofs: [],
      cases: [],
    },
  ],
  counts: { scenarios: 2, applicable: 1, notApplicable: 1, declarationsRequired: 1, pending: 0 },
};

function input(overrides: Partial<ManifestInput> = {}): ManifestInput {
  return {
    dossier: { id: 'd1', organizationId: 'o1', productId: 'p1', round: 1 },
    referential: { id: 'r1', code: 'DMN', version: '1.2.2', contentHash: 'c'.repeat(64) },
    answers: { insApplicable: false },
    assessment,
    evidence: [
      {
        id: 'e2',
        scenarioCode: 'ANN 2.1',
        proofCode: 'ANN 2.1.2',
        version: 1,
        sha256: 'b'.repeat(64),
        size: 20,
        mediaType: 'video/mp4',
      },
      {
        id: 'e1',
        scenarioCode: 'ANN 2.1',
        proofCode: 'ANN 2.1.1',
        version: 2,
        sha256: 'a'.repeat(64),
        size: 10,
        mediaType: 'image/png',
      },
      {
        id: 'e0',
        scenarioCode: 'ANN 2.1',
        proofCode: 'ANN 2.1.1',
        version: 1,
        sha256: '0'.repeat(64),
        size: 5,
        mediaType: 'image/png',
      },
    ],
    declarations: [{ id: 'x1', scenarioCode: 'IEU 7.1', sha256: 'f'.repeat(64) }],
    submittedAt: new Date('2026-11-26T10:00:00.000Z'),
    submittedBy: { userId: 'u1', tokenId: null },
    ...overrides,
  };
}

describe('the submission manifest', () => {
  it('freezes the dossier, the pinned référentiel, the answers, applicability, evidence and declarations', () => {
    const manifest = buildManifest(input());
    expect(manifest).toMatchObject({
      manifestVersion: MANIFEST_VERSION,
      dossier: { id: 'd1', round: 1 },
      referential: { code: 'DMN', version: '1.2.2', contentHash: 'c'.repeat(64) },
      answers: { insApplicable: false },
      scenarios: [
        { code: 'ANN 2.1', applicable: true, declarationRequired: false },
        { code: 'IEU 7.1', applicable: false, declarationRequired: true },
      ],
      declarations: [{ id: 'x1', scenarioCode: 'IEU 7.1', sha256: 'f'.repeat(64) }],
      submittedAt: '2026-11-26T10:00:00.000Z',
    });
  });

  it('orders evidence by proof and version, so the same content always hashes the same', () => {
    const manifest = buildManifest(input());
    expect(manifest.evidence.map((evidence) => evidence.id)).toEqual(['e0', 'e1', 'e2']);
    const shuffled = buildManifest(input({ evidence: [...input().evidence].reverse() }));
    expect(canonicalJson(shuffled)).toBe(canonicalJson(manifest));
  });

  it('changes when any evidence hash changes', () => {
    const changed = input();
    changed.evidence[0] = { ...changed.evidence[0], sha256: 'e'.repeat(64) };
    expect(canonicalJson(buildManifest(changed))).not.toBe(canonicalJson(buildManifest(input())));
  });
});
