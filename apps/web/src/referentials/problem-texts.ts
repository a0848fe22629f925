// The grid import reports problems as codes with parameters; their French words live beside the codes.
import type { ProblemParams } from '../../../../libs/referentials/src/grid/grid-problem-codes';
import { problemTextFr } from '../../../../libs/referentials/src/grid/grid-problem-codes-fr';

export { GRID_PROBLEMS_FR, OVERLAY_PROBLEMS_FR } from '../../../../libs/referentials/src/grid/grid-problem-codes-fr';

/** A coded problem as the server sends it; `message` is shown only for a code this app does not know. */
export interface CodedProblemView {
  code?: string;
  params?: ProblemParams;
  message: string;
}

export const gridProblemFr = (problem: CodedProblemView): string =>
  problemTextFr(problem.code, problem.params) ?? problem.message;
export const overlayProblemFr = gridProblemFr;
