import { describe, expect, it } from '@jest/globals';
import {
  isOverdue,
  preparationMissing,
  readinessReport,
  suggestStatus,
  type PreparationScenario,
  type RemediationAction,
} from './readiness.js';
import { validateAssessment } from './working-status.js';

function scenario(overrides: Partial<PreparationScenario>): PreparationScenario {
  return {
    code: 'IEU 1.1',
    family: 'IEU',
    applicable: true,
    waivedByAnswer: false,
    declarationRequired: false,
    pending: false,
    satisfied: false,
    evidencedProofs: 0,
    assessment: null,
    ...overrides,
  };
}

function action(overrides: Partial<RemediationAction>): RemediationAction {
  return {
    id: 'a1',
    title: 'Corriger',
    scenarios: ['IEU 1.1'],
    effort: 2,
    owner: 'Camille',
    targetDate: '2026-12-01',
    state: 'planned',
    ...overrides,
  };
}

describe('validateAssessment', () => {
  it.each([
    [{ status: 'conforme' }, null],
    [{ status: 'a_confirmer', reasonCode: 'decision_pending' }, null],
    [{ status: 'termine' }, 'UNKNOWN_WORKING_STATUS'],
    [{ status: 'a_confirmer' }, 'REASON_CODE_REQUIRED'],
    [{ status: 'a_confirmer', reasonCode: 'oubli' }, 'UNKNOWN_REASON_CODE'],
    [{ status: 'partiel', reasonCode: 'decision_pending' }, 'UNKNOWN_REASON_CODE'],
    [{ status: 'conforme', conformityText: 42 }, 'INVALID_TEXT'],
  ])('%j → %s', (input, code) => {
    const result = validateAssessment(input);
    expect(result.errors[0]?.code ?? null).toBe(code);
    expect(result.value === undefined).toBe(code !== null);
  });

  it('names the unknown value in the message and trims texts (blank is none)', () => {
    expect(validateAssessment({ status: 'termine' }).errors[0].message).toContain('« termine »');
    expect(validateAssessment({ status: 'conforme', conformityText: '  ', justification: ' x ' }).value).toEqual({
      status: 'conforme',
      reasonCode: null,
      conformityText: null,
      justification: 'x',
    });
  });
});

describe('suggestStatus', () => {
  it.each([
    [{ applicable: false }, 'non_applicable'],
    [{ pending: true }, 'a_confirmer'],
    [{ satisfied: true }, 'conforme'],
    [{ evidencedProofs: 1 }, 'conforme_a_etayer'],
    [{}, null],
  ])('%j → %s', (overrides, status) => {
    expect(suggestStatus(scenario(overrides))?.status ?? null).toBe(status);
  });
});

describe('preparationMissing', () => {
  const texts = { conformityTextRequired: true };

  it('asks a conformity text of each applicable scenario when the référentiel wants one', () => {
    expect(preparationMissing([scenario({})], [], texts)).toEqual([{ scenario: 'IEU 1.1', conformityText: true }]);
    expect(preparationMissing([scenario({})], [], { conformityTextRequired: false })).toEqual([]);
    expect(preparationMissing([scenario({ applicable: false })], [], texts)).toEqual([]);
  });

  it('asks a justification of a scenario an answer waives, unless a sworn declaration stands for it', () => {
    const waived = scenario({ applicable: false, waivedByAnswer: true });
    expect(preparationMissing([waived], [], texts)).toEqual([{ scenario: 'IEU 1.1', justification: true }]);
    expect(preparationMissing([{ ...waived, declarationRequired: true }], [], texts)).toEqual([]);
    const justified = {
      ...waived,
      assessment: {
        status: 'non_applicable' as const,
        reasonCode: null,
        conformityText: null,
        justification: 'Parce que.',
      },
    };
    expect(preparationMissing([justified], [], texts)).toEqual([]);
  });

  it.each([
    ['partiel', [], true],
    ['non_conforme', [], true],
    ['non_conforme', [action({})], false],
    ['non_conforme', [action({ state: 'done' })], false],
    ['non_conforme', [action({ state: 'cancelled' })], true],
    ['non_conforme', [action({ scenarios: ['IEU 2.1'] })], true],
    ['conforme_a_etayer', [], false],
  ] as const)('a scenario %s with actions %j needs a remediation action: %s', (status, actions, needed) => {
    const marked = scenario({
      assessment: { status, reasonCode: null, conformityText: 'Texte.', justification: null },
    });
    expect(preparationMissing([marked], [...actions], texts)).toEqual(
      needed ? [{ scenario: 'IEU 1.1', remediation: true }] : [],
    );
  });
});

describe('readinessReport', () => {
  it('counts the effective status per family and overall, and lists the overdue open actions', () => {
    const report = readinessReport(
      [
        scenario({ code: 'IEU 1.1' }),
        scenario({
          code: 'IEU 2.1',
          assessment: { status: 'partiel', reasonCode: null, conformityText: null, justification: null },
        }),
        scenario({ code: 'ANN 1.1', family: 'ANN', applicable: false }),
      ],
      [
        action({ id: 'late', targetDate: '2026-11-25' }),
        action({ id: 'done', targetDate: '2026-11-01', state: 'done' }),
        action({ id: 'soon', targetDate: '2026-12-31', effort: 5 }),
      ],
      '2026-12-05',
    );
    expect(report.byStatus).toMatchObject({ unset: 1, partiel: 1, non_applicable: 1, conforme: 0 });
    expect(report.byFamily.map((entry) => entry.family)).toEqual(['IEU', 'ANN']);
    expect(report.overdue).toEqual([expect.objectContaining({ id: 'late', daysLate: 10 })]);
    expect(report.unsettled).toBe(1);
    expect(report.openEffort).toBe(7);
  });

  it('flags an open action whose target date has passed, not one due today', () => {
    expect(isOverdue(action({ targetDate: '2026-12-04' }), '2026-12-05')).toBe(true);
    expect(isOverdue(action({ targetDate: '2026-12-05' }), '2026-12-05')).toBe(false);
    expect(isOverdue(action({ targetDate: '2026-12-04', state: 'cancelled' }), '2026-12-05')).toBe(false);
  });
});
