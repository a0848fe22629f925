import { problemTextFr } from '@preuve/referentials';

interface Coded {
  code?: string;
  params?: Record<string, string | number>;
  message?: string;
}

function inFrench<T extends Coded>(problem: T): T {
  const french = problemTextFr(problem.code, problem.params);
  return french === undefined ? problem : { ...problem, message: french };
}

/**
 * The coded problems of a grid import (`details.rows` of GRID_INVALID, `details.overlayProblems`
 * and `details.problems` of OVERLAY_INVALID) with their `message` in French; other details as they are.
 */
export function frenchGridDetails(details: unknown): unknown {
  if (typeof details !== 'object' || details === null) return details;
  const { rows, overlayProblems } = details as { rows?: unknown; overlayProblems?: unknown };
  const localized: Record<string, unknown> = { ...details };
  if (Array.isArray(rows)) localized.rows = (rows as Coded[]).map(inFrench);
  if (Array.isArray(overlayProblems)) {
    const french = (overlayProblems as Coded[]).map(inFrench);
    localized.overlayProblems = french;
    localized.problems = french.map((problem) => problem.message);
  }
  return localized;
}
