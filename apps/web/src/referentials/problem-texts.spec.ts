import { describe, expect, it } from '@jest/globals';
import { GRID_PROBLEM_TEXTS, OVERLAY_PROBLEM_TEXTS } from '../../../../libs/referentials/src/grid/grid-problem-codes';
import { REFERENTIAL_PROBLEM_TEXTS } from '../../../../libs/referentials/src/referential-problems';
import { REFERENTIAL_PROBLEMS_FR } from '../../../../libs/referentials/src/referential-problems-fr';
import { GRID_PROBLEMS_FR, OVERLAY_PROBLEMS_FR, gridProblemFr, overlayProblemFr } from './problem-texts';

describe('French texts of the grid import problems', () => {
  it('has a French text for every grid problem code (no translation missing)', () => {
    expect(Object.keys(GRID_PROBLEMS_FR).sort()).toEqual(Object.keys(GRID_PROBLEM_TEXTS).sort());
  });

  it('has a French text for every overlay problem code (no translation missing)', () => {
    expect(Object.keys(OVERLAY_PROBLEMS_FR).sort()).toEqual(Object.keys(OVERLAY_PROBLEM_TEXTS).sort());
  });

  it('renders a problem from its code and parameters, not from its English message', () => {
    expect(
      gridProblemFr({
        code: 'GRID_SCENARIO_CODE_DUPLICATE',
        params: { code: 'ANN.1.1', row: 4 },
        message: 'duplicate scenario code « ANN.1.1 » (also row 4)',
      }),
    ).toBe('code de scénario « ANN.1.1 » en double (aussi ligne 4)');
    expect(gridProblemFr({ code: 'GRID_CODE_EMPTY', params: { level: 'requirement' }, message: 'x' })).toBe(
      'code d’exigence vide',
    );
    expect(overlayProblemFr({ code: 'OVERLAY_UNKNOWN_PROOF', params: { code: 'P9' }, message: 'x' })).toBe(
      'proofs : « P9 » n’est pas une preuve de la grille',
    );
  });

  it('has a French text for every rule of a référentiel a grid or an overlay can break', () => {
    expect(Object.keys(REFERENTIAL_PROBLEMS_FR).sort()).toEqual(Object.keys(REFERENTIAL_PROBLEM_TEXTS).sort());
  });

  it('renders a broken référentiel rule and a schema complaint wholly in French', () => {
    expect(
      gridProblemFr({
        code: 'GRID_REFERENTIAL_RULE',
        params: { rule: 'CODE_OUTSIDE_PARENT', level: 'proof', code: 'ANN 4.2.1', parent: 'ANN 4.1' },
        message: 'proof « ANN 4.2.1 » does not sit under « ANN 4.1 »',
      }),
    ).toBe('le référentiel obtenu enfreint une règle : la preuve « ANN 4.2.1 » n’est pas rangé(e) sous « ANN 4.1 »');
    expect(
      overlayProblemFr({
        code: 'OVERLAY_REFERENTIAL_RULE',
        params: { rule: 'RULE_UNKNOWN_QUESTION', owner: 'condition', code: 'IEU 2.1', index: 1, key: 'colour' },
        message: 'x',
      }),
    ).toBe(
      'le référentiel complété enfreint une règle : condition 1 du scénario « IEU 2.1 » : la règle lit « colour », qui n’est pas une question',
    );
    const shape = (params: Record<string, string | number>) =>
      overlayProblemFr({
        code: 'OVERLAY_SCHEMA',
        params: { path: '/documents', detail: 'x', ...params },
        message: 'x',
      });
    expect(shape({ keyword: 'required', missing: 'title' })).toBe(
      'forme invalide en « /documents » : il manque « title »',
    );
    expect(shape({ keyword: 'type', type: 'array' })).toBe('forme invalide en « /documents » : doit être une liste');
    expect(shape({ keyword: 'additionalProperties', property: 'titel' })).toBe(
      'forme invalide en « /documents » : propriété inconnue « titel »',
    );
  });

  it('falls back to the message for a code it does not know, or no code at all', () => {
    expect(gridProblemFr({ code: 'GRID_FROM_THE_FUTURE', params: {}, message: 'something new' })).toBe('something new');
    expect(overlayProblemFr({ message: 'an older server' })).toBe('an older server');
  });
});
