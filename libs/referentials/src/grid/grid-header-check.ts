import { COLUMN_LABELS, REQUIRED_COLUMNS, matchHeader, type ColumnKey, type HeaderMatch } from './grid-headers.js';
import { GridInvalidError, columnLetter, gridProblem, type GridProblem, type GridTable } from './grid-table.js';
import { gridWarning, type GridWarning } from './grid-problem-codes.js';

/** Rows above the header that may hold a title, a logo, a date. */
const HEADER_SEARCH_ROWS = 15;

function findHeader(table: GridTable): HeaderMatch | null {
  for (const { row, cells } of table.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const match = matchHeader(row, cells);
    if (match) return match;
  }
  return null;
}

/** Whether a table has a grid header at all (to pick the worksheet that holds the grid). */
export function hasGridHeader(table: GridTable): boolean {
  return findHeader(table) !== null;
}

/** The header of a grid, with the names its columns go by in messages. */
export interface CheckedHeader {
  header: HeaderMatch;
  /** Problems of the header and of cells at or below it. */
  problems: GridProblem[];
  warnings: GridWarning[];
  /** A column by its index, as the file names it: `Exigence (B)`. */
  columnName: (index: number) => string;
  /** A known column by its key, as the file names it (or its usual label when it is missing). */
  nameOf: (key: ColumnKey) => string;
}

/**
 * Finds the header row and checks the columns: required ones present, none twice, proof code and
 * text columns in pairs. No header at all refuses the grid at once (GridInvalidError).
 */
export function checkHeader(table: GridTable): CheckedHeader {
  const header = findHeader(table);
  if (!header) {
    throw new GridInvalidError([
      gridProblem(table.rows[0]?.row ?? 1, '-', {
        code: 'GRID_NO_HEADER',
        params: {
          rows: HEADER_SEARCH_ROWS,
          columns: REQUIRED_COLUMNS.map((key) => `« ${COLUMN_LABELS[key]} »`).join(', '),
        },
      }),
    ]);
  }
  const problems: GridProblem[] = [];
  const warnings: GridWarning[] = [];
  const columnName = (index: number): string => {
    const text = header.headers[index]?.trim();
    return text ? `${text} (${columnLetter(index)})` : columnLetter(index);
  };
  const nameOf = (key: ColumnKey): string => {
    const index = header.columns[key];
    return index === undefined ? COLUMN_LABELS[key] : columnName(index);
  };

  for (const key of REQUIRED_COLUMNS) {
    if (header.columns[key] === undefined)
      problems.push(
        gridProblem(header.row, COLUMN_LABELS[key], {
          code: 'GRID_COLUMN_MISSING',
          params: { column: COLUMN_LABELS[key] },
        }),
      );
  }
  for (const { column, key } of header.duplicates)
    problems.push(
      gridProblem(header.row, columnName(column), {
        code: 'GRID_COLUMN_TWICE',
        params: { column: COLUMN_LABELS[key] },
      }),
    );
  for (let k = 2; k <= 3; k++) {
    const hasCode = header.columns[`proofCode${k}` as ColumnKey] !== undefined;
    const hasText = header.columns[`proof${k}` as ColumnKey] !== undefined;
    const codeColumn = COLUMN_LABELS[`proofCode${k}` as ColumnKey];
    const textColumn = COLUMN_LABELS[`proof${k}` as ColumnKey];
    if (hasCode !== hasText)
      problems.push(
        gridProblem(header.row, hasCode ? codeColumn : textColumn, {
          code: 'GRID_PROOF_COLUMNS_PAIRED',
          params: { codeColumn, textColumn },
        }),
      );
  }
  if (header.ignored.length > 0)
    warnings.push(
      gridWarning('GRID_COLUMNS_IGNORED', { columns: header.ignored.map((name) => `« ${name} »`).join(', ') }),
    );
  if (header.columns.section === undefined) warnings.push(gridWarning('GRID_NO_SECTION_COLUMN'));
  for (const cell of table.cellProblems) {
    if (cell.row >= header.row) problems.push(gridProblem(cell.row, columnName(cell.column), cell));
  }
  return { header, problems, warnings, columnName, nameOf };
}
