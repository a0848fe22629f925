import { describe, expect, it } from '@jest/globals';
import type { Assessment, ScenarioAssessment } from '../applicability/assess.js';
import { scenarioCompleteness } from '../completeness/completeness.js';
import { alternativeProofCode, applyErrata, erratumInForce, type Erratum } from './errata.js';

const scenario = (code: string, requirementCode: string, proofCodes: string[]): ScenarioAssessment => ({
  code,
  requirementCode,
  applicable: true,
  reasons: [],
  declarationRequired: false,
  waivedByAnswer: false,
  pendingQuestions: [],
  proofs: proofCodes.map((proof) => ({ code: proof, title: proof, kinds: ['video'], required: true })),
  cases: [],
});
const assessment: Assessment = {
  scenarios: [
    scenario('MSS/va2.2.1', 'MSS/va2.2', ['MSS/va2.2.1.1']),
    scenario('INS/va2.7.1', 'INS/va2.7', ['INS/va2.7.1.1', 'INS/va2.7.1.2']),
  ],
  counts: { scenarios: 2, applicable: 2, notApplicable: 0, declarationsRequired: 0, pending: 0 },
};
const erratum = (kind: Erratum['kind'], target: string, extra: Partial<Erratum> = {}): Erratum => ({
  id: `${kind}-${target}`,
  kind,
  target,
  effectiveFrom: new Date('2025-03-12T00:00:00Z'),
  source: 'FAQ ANS n° 42',
  text: 'Texte de l’erratum.',
  ...extra,
});

describe('erratumInForce', () => {
  const from = new Date('2025-03-12T00:00:00Z');
  it.each([
    ['dated later than now', new Date('2025-03-11T00:00:00Z'), null, false],
    ['dated today or before, dossier undecided', new Date('2025-03-12T00:00:00Z'), null, true],
    ['dossier decided before its date', new Date('2026-01-01T00:00:00Z'), new Date('2025-03-01T00:00:00Z'), false],
    ['dossier decided after its date', new Date('2026-01-01T00:00:00Z'), new Date('2025-04-01T00:00:00Z'), true],
  ])('%s', (_case, now, decidedAt, expected) => {
    expect(erratumInForce({ effectiveFrom: from }, now, decidedAt)).toBe(expected);
  });
});

describe('applyErrata', () => {
  it('changes nothing without errata', () => {
    expect(applyErrata(assessment, [])).toBe(assessment);
  });

  it('withdraws a requirement: its scenarios need nothing, and their reasons name the erratum', () => {
    const result = applyErrata(assessment, [erratum('requirement_withdrawn', 'INS/va2.7')]);
    const withdrawn = result.scenarios[1];
    expect([withdrawn.applicable, withdrawn.declarationRequired]).toEqual([false, false]);
    expect(withdrawn.reasons).toEqual([
      'Exigence retirée par l’erratum du 12/03/2025 (FAQ ANS n° 42) : Texte de l’erratum.'.replace('l’', "l'"),
    ]);
    expect(scenarioCompleteness(withdrawn, new Set(), false)).toEqual(
      expect.objectContaining({ needed: false, satisfied: true, missingProofs: [] }),
    );
    expect(result.counts).toEqual(expect.objectContaining({ applicable: 1, notApplicable: 1 }));
  });

  it('offers an alternative proof: either the référentiel’s proofs or the alternative complete the scenario', () => {
    const result = applyErrata(assessment, [
      erratum('alternative_proof', 'MSS/va2.2.1', { proof: { title: 'Flux HL7 v2', kinds: ['flow'] } }),
    ]);
    const offered = result.scenarios[0];
    const alternative = alternativeProofCode(assessment.scenarios[0], 0);
    expect(alternative).toBe('MSS/va2.2.1.1-ALT1');
    expect(offered.proofs.map((proof) => [proof.code, proof.required])).toEqual([
      ['MSS/va2.2.1.1', false],
      [alternative, false],
    ]);
    expect(scenarioCompleteness(offered, new Set(), false).missingProofs).toEqual(['MSS/va2.2.1.1']);
    expect(scenarioCompleteness(offered, new Set([alternative]), false).satisfied).toBe(true);
    expect(scenarioCompleteness(offered, new Set(['MSS/va2.2.1.1']), false).satisfied).toBe(true);
  });

  it('leaves scenarios alone for a replaced reference or a clarification, and for errata about other codes', () => {
    const result = applyErrata(assessment, [
      erratum('reference_replaced', 'MSS/va2.2', { replaced: 'guide 1.2', replacement: 'guide 1.3' }),
      erratum('clarification', 'INS/va2.7.1'),
      erratum('requirement_withdrawn', 'DMP/va2.6'),
    ]);
    expect(result.scenarios).toEqual(assessment.scenarios);
  });
});
