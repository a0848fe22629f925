import { describe, expect, it } from '@jest/globals';
import type { ScenarioAssessment } from '../applicability/assess.js';
import { completenessCounts, scenarioCompleteness } from './completeness.js';

function scenario(overrides: Partial<ScenarioAssessment>): ScenarioAssessment {
  return {
    code: 'ANN 2.1',
    requirementCode: 'ANN 2',
    applicable: true,
    reasons: [],
    declarationRequired: false,
    waivedByAnswer: false,
    pendingQuestions: [],
    proofs: [
      { code: 'ANN 2.1.1', title: 'Identifiant', kinds: ['screenshot'], required: true },
      { code: 'ANN 2.1.2', title: 'Recherche', kinds: ['video'], required: true },
      { code: 'ANN 2.1.2-LOGS', title: 'Journaux', kinds: ['logs'], required: false },
    ],
    cases: [],
    ...overrides,
  };
}

describe('scenario completeness', () => {
  it.each([
    ['nothing provided', [], false, ['ANN 2.1.1', 'ANN 2.1.2']],
    ['one of two required proofs', ['ANN 2.1.2'], false, ['ANN 2.1.1']],
    ['every required proof (the optional one is not needed)', ['ANN 2.1.1', 'ANN 2.1.2'], true, []],
  ])('an applicable scenario with %s', (_label, evidenced, satisfied, missing) => {
    expect(scenarioCompleteness(scenario({}), new Set(evidenced), false)).toEqual({
      needed: true,
      satisfied,
      missingProofs: missing,
      missingDeclaration: false,
    });
  });

  it('asks for a sworn declaration when a condition waived the scenario and the référentiel wants one', () => {
    const waived = scenario({ applicable: false, declarationRequired: true });
    expect(scenarioCompleteness(waived, new Set(), false)).toMatchObject({
      needed: true,
      satisfied: false,
      missingDeclaration: true,
    });
    expect(scenarioCompleteness(waived, new Set(), true)).toMatchObject({
      needed: true,
      satisfied: true,
      missingDeclaration: false,
    });
  });

  it('asks nothing of a scenario that does not apply and needs no declaration', () => {
    expect(scenarioCompleteness(scenario({ applicable: false }), new Set(), false)).toEqual({
      needed: false,
      satisfied: true,
      missingProofs: [],
      missingDeclaration: false,
    });
  });

  it('is satisfied by the proofs of any one case, and reports the case closest to complete', () => {
    const withCases = scenario({
      proofs: [
        { code: 'INS 4.1.1', title: 'Vidéo', kinds: ['video'], required: false, cases: ['1'] },
        { code: 'INS 4.1.2', title: 'Flux', kinds: ['flow'], required: false, cases: ['2'] },
        { code: 'INS 4.1.3', title: 'Capture', kinds: ['screenshot'], required: false, cases: ['2'] },
      ],
      cases: [
        { key: '1', title: 'Cas n°1', proofCodes: ['INS 4.1.1'] },
        { key: '2', title: 'Cas n°2', proofCodes: ['INS 4.1.2', 'INS 4.1.3'] },
      ],
    });
    expect(scenarioCompleteness(withCases, new Set(), false).missingProofs).toEqual(['INS 4.1.1']);
    expect(scenarioCompleteness(withCases, new Set(['INS 4.1.3']), false).missingProofs).toEqual(['INS 4.1.2']);
    expect(scenarioCompleteness(withCases, new Set(['INS 4.1.2', 'INS 4.1.3']), false).satisfied).toBe(true);
    expect(scenarioCompleteness(withCases, new Set(['INS 4.1.1']), false).satisfied).toBe(true);
  });

  it('counts applicable scenarios, and satisfied and missing among those that ask for something', () => {
    const rows = [
      { applicable: true, completeness: scenarioCompleteness(scenario({}), new Set(), false) },
      {
        applicable: true,
        completeness: scenarioCompleteness(scenario({}), new Set(['ANN 2.1.1', 'ANN 2.1.2']), false),
      },
      {
        applicable: false,
        completeness: scenarioCompleteness(scenario({ applicable: false, declarationRequired: true }), new Set(), true),
      },
      { applicable: false, completeness: scenarioCompleteness(scenario({ applicable: false }), new Set(), false) },
    ];
    expect(completenessCounts(rows)).toEqual({ applicable: 2, satisfied: 2, missing: 1 });
  });
});
