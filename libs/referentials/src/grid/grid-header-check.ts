import { COLUMN_LABELS, REQUIRED_COLUMNS, matchHeader, type ColumnKey, type HeaderMatch } from './grid-headers.js';
import { GridInvalidError, columnLetter, type GridProblem, type GridTable } from './grid-table.js';

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
  warnings: string[];
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
      {
        row: table.rows[0]?.row ?? 1,
        column: '-',
        message: `no header row found in the first ${HEADER_SEARCH_ROWS} rows: the grid needs at least the columns ${REQUIRED_COLUMNS.map((key) => `« ${COLUMN_LABELS[key]} »`).join(', ')}`,
      },
    ]);
  }
  const problems: GridProblem[] = [];
  const warnings: string[] = [];
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
      problems.push({
        row: header.row,
        column: COLUMN_LABELS[key],
        message: `the column « ${COLUMN_LABELS[key]} » is missing`,
      });
  }
  for (const { column, key } of header.duplicates)
    problems.push({
      row: header.row,
      column: columnName(column),
      message: `a second « ${COLUMN_LABELS[key]} » column`,
    });
  for (let k = 2; k <= 3; k++) {
    const hasCode = header.columns[`proofCode${k}` as ColumnKey] !== undefined;
    const hasText = header.columns[`proof${k}` as ColumnKey] !== undefined;
    if (hasCode !== hasText)
      problems.push({
        row: header.row,
        column: hasCode ? COLUMN_LABELS[`proofCode${k}` as ColumnKey] : COLUMN_LABELS[`proof${k}` as ColumnKey],
        message: `« ${COLUMN_LABELS[`proofCode${k}` as ColumnKey]} » and « ${COLUMN_LABELS[`proof${k}` as ColumnKey]} » go together`,
      });
  }
  if (header.ignored.length > 0)
    warnings.push(`Columns ignored: ${header.ignored.map((name) => `« ${name} »`).join(', ')}.`);
  if (header.columns.section === undefined)
    warnings.push('No « section » column: each requirement is filed under its family.');
  for (const cell of table.cellProblems) {
    if (cell.row >= header.row)
      problems.push({ row: cell.row, column: columnName(cell.column), message: cell.message });
  }
  return { header, problems, warnings, columnName, nameOf };
}
