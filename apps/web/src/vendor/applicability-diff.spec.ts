import { describe, expect, it } from '@jest/globals';
import type { Schemas } from '../api/client';
import { applicabilityDiff } from './applicability-diff';

type Scenario = Schemas['DossierScenarioDto'];

function scenario(code: string, applicable: boolean, reasons: string[] = []): Scenario {
  return {
    code,
    requirementCode: code.split('.')[0],
    title: `Titre ${code}`,
    applicable,
    reasons,
    pendingQuestions: [],
    declarationRequired: !applicable && code.startsWith('IEU 7'),
    declaration: null,
    proofs: [],
    satisfied: false,
    missingProofs: [],
    missingDeclaration: false,
    verdict: null,
    version: 1,
    waivedByAnswer: false,
    justificationRequired: false,
    assessment: {
      scenario: code,
      status: null,
      reasonCode: null,
      conformityText: null,
      justification: null,
      setAt: null,
      changes: 0,
      suggestion: null,
    },
  };
}

describe('applicabilityDiff', () => {
  it('lists the scenarios that start and stop applying, with their new reasons, in the order of the new view', () => {
    const before = [
      scenario('IEU 2.1', true),
      scenario('IEU 7.1', true),
      scenario('ANN 3.1', false),
      scenario('ADM 1.1', true),
    ];
    const after = [
      scenario('IEU 2.1', false, ['Non applicable : la solution est esclave de l’identité.']),
      scenario('IEU 7.1', false, ['Non applicable : l’INS n’est pas applicable à ce produit.']),
      scenario('ANN 3.1', true, ['Applicable : le système conserve la fiche patient.']),
      scenario('ADM 1.1', true),
    ];
    expect(applicabilityDiff(before, after)).toEqual({
      nowApplicable: [
        {
          code: 'ANN 3.1',
          title: 'Titre ANN 3.1',
          reasons: ['Applicable : le système conserve la fiche patient.'],
          declarationRequired: false,
        },
      ],
      nowNotApplicable: [
        {
          code: 'IEU 2.1',
          title: 'Titre IEU 2.1',
          reasons: ['Non applicable : la solution est esclave de l’identité.'],
          declarationRequired: false,
        },
        {
          code: 'IEU 7.1',
          title: 'Titre IEU 7.1',
          reasons: ['Non applicable : l’INS n’est pas applicable à ce produit.'],
          declarationRequired: true,
        },
      ],
    });
  });

  it('says nothing moved when applicability is unchanged, and ignores scenarios it did not see before', () => {
    expect(
      applicabilityDiff([scenario('ADM 1.1', true)], [scenario('ADM 1.1', true), scenario('RGPD 1.1', true)]),
    ).toEqual({
      nowApplicable: [],
      nowNotApplicable: [],
    });
  });
});
