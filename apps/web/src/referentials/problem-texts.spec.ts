import { describe, expect, it } from '@jest/globals';
import { GRID_PROBLEM_TEXTS, OVERLAY_PROBLEM_TEXTS } from '../../../../libs/referentials/src/grid/grid-problem-codes';
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

  it('falls back to the message for a code it does not know, or no code at all', () => {
    expect(gridProblemFr({ code: 'GRID_FROM_THE_FUTURE', params: {}, message: 'something new' })).toBe('something new');
    expect(overlayProblemFr({ message: 'an older server' })).toBe('an older server');
  });
});
