import { type CodedProblem, gridProblemText } from './grid-problem-codes.js';

/**
 * A grid as read from a file, before any rule of the référentiel is applied: rows of text cells,
 * plus what the reader itself found wrong with some cells (a formula, a merged range).
 */

/** One problem the import report names: the row as the spreadsheet numbers it (1-based), the column's header. */
export interface GridProblem extends CodedProblem {
  row: number;
  column: string;
  /** The English text of `code` with `params`, for API clients that show it as it comes. */
  message: string;
}

/** A problem placed on a row and column, its message rendered from its code. */
export function gridProblem(row: number, column: string, { code, params }: CodedProblem): GridProblem {
  return { row, column, code, params, message: gridProblemText(code, params) };
}

export interface GridTable {
  /** Rows in file order; `cells[i]` is column i (0-based), already trimmed, '' when empty. */
  rows: { row: number; cells: string[] }[];
  /** Cells the reader refuses (formulas, merged cells), by 1-based row and 0-based column. */
  cellProblems: (CodedProblem & { row: number; column: number })[];
  format: 'xlsx' | 'csv';
  /** CSV only. */
  encoding?: 'utf-8' | 'windows-1252';
  delimiter?: ',' | ';';
  /** XLSX only: the worksheet read. */
  sheet?: string;
}

/** A file refused before its content is looked at: not a grid at all, too big, a ZIP bomb, mixed encodings. */
export type GridRefusal = 'GRID_TOO_LARGE' | 'GRID_UNREADABLE' | 'GRID_COMPRESSION_SUSPICIOUS' | 'GRID_MIXED_ENCODING';

export class GridRefusedError extends Error {
  constructor(
    readonly code: GridRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'GridRefusedError';
  }
}

/** A readable grid whose content breaks the rules: every problem, by row and column. */
export class GridInvalidError extends Error {
  constructor(readonly problems: GridProblem[]) {
    super(
      `The grid has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported. ` +
        problems
          .slice(0, 3)
          .map((problem) => `Row ${problem.row}, ${problem.column}: ${problem.message}`)
          .join(' '),
    );
    this.name = 'GridInvalidError';
  }
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
