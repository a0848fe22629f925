import ExcelJS from 'exceljs';
import type { CodedProblem } from './grid-problem-codes.js';
import { GridRefusedError, type GridTable } from './grid-table.js';
import { checkZip, type ZipLimits } from './zip-guard.js';

type Cell = ExcelJS.Cell;

/** The text of a cell as a person reads it; formulas and errors are reported, never evaluated. */
function cellText(cell: Cell): { text: string; problem?: CodedProblem } {
  switch (cell.type) {
    case ExcelJS.ValueType.Formula:
      return {
        text: '',
        problem: { code: 'GRID_FORMULA', params: { formula: `=${String(cell.formula ?? '').slice(0, 30)}` } },
      };
    case ExcelJS.ValueType.Error:
      return { text: '', problem: { code: 'GRID_CELL_ERROR', params: {} } };
    case ExcelJS.ValueType.Null:
      return { text: '' };
    default:
      return { text: (cell.text ?? '').trim() };
  }
}

/** Every worksheet of an XLSX grid as text tables, after the ZIP guard let the file through. */
export async function readXlsxGrids(buffer: Buffer, limits?: ZipLimits): Promise<GridTable[]> {
  checkZip(buffer, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new GridRefusedError(
      'GRID_UNREADABLE',
      `The file is not a readable XLSX workbook (${(error as Error).message.slice(0, 120)}).`,
    );
  }
  const tables: GridTable[] = [];
  for (const worksheet of workbook.worksheets) {
    const table: GridTable = { rows: [], cellProblems: [], format: 'xlsx', sheet: worksheet.name };
    /** Merged ranges by their top-left cell: the extent seen so far. */
    const merges = new Map<string, { row: number; column: number; bottom: number; right: number; address: string }>();
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const column = columnNumber - 1;
        if (cell.isMerged) {
          const master = cell.master;
          const key = master.address;
          const known = merges.get(key) ?? {
            row: Number(master.row),
            column: Number(master.col) - 1,
            bottom: rowNumber,
            right: column,
            address: key,
          };
          known.bottom = Math.max(known.bottom, rowNumber);
          known.right = Math.max(known.right, column);
          merges.set(key, known);
        }
        const { text, problem } = cellText(cell);
        cells[column] = text;
        if (problem) table.cellProblems.push({ row: rowNumber, column, ...problem });
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      table.rows.push({ row: rowNumber, cells });
    });
    for (const merge of merges.values()) {
      const end = worksheet.getCell(merge.bottom, merge.right + 1).address;
      table.cellProblems.push({
        row: merge.row,
        column: merge.column,
        code: 'GRID_MERGED_CELLS',
        params: { range: `${merge.address}:${end}` },
      });
    }
    tables.push(table);
  }
  return tables;
}
