import ExcelJS from 'exceljs';
import { CP1252_HIGH } from './read-csv.js';

/**
 * Synthetic grids in the shape of the "Exigences" spreadsheet, for tests, the benchmark and demos.
 * The wording is invented; only the shape (one row per scenario, up to three proofs) is the grid's.
 */
export const SAMPLE_GRID_HEADER = [
  'Profil',
  'Section',
  'Nature',
  'N° exigence',
  'Énoncé',
  'N° scénario',
  'Scénario',
  'N° preuve 1',
  'Preuve 1',
  'N° preuve 2',
  'Preuve 2',
  'N° preuve 3',
  'Preuve 3',
  'Applicable ?',
];

const FAMILIES = ['ANN', 'IEU', 'IEPS', 'INS', 'PSC', 'PORT', 'ADM', 'RGPD'];
const PROFILES = ['Général', 'Accès Professionnel', 'Accès Usager'];

/** `scenarios` rows: two scenarios per requirement, families in turn, one to three proofs each. */
export function sampleGridRows(scenarios: number): string[][] {
  const rows: string[][] = [SAMPLE_GRID_HEADER];
  for (let index = 0; index < scenarios; index++) {
    const requirementIndex = Math.floor(index / 2);
    const family = FAMILIES[requirementIndex % FAMILIES.length];
    const number = Math.floor(requirementIndex / FAMILIES.length) + 1;
    const scenario = (index % 2) + 1;
    const requirement = `${family} ${number}`;
    const code = `${requirement}.${scenario}`;
    const proofs = (index % 3) + 1;
    const row = [
      PROFILES[requirementIndex % PROFILES.length],
      `Section ${family}`,
      requirementIndex % 4 === 3 ? 'DEVRAIT' : 'DOIT',
      requirement,
      `Le système doit respecter la règle ${requirement} dans tous les cas prévus par la section.`,
      code,
      `Démontrer la règle ${requirement} selon le cas ${scenario}.`,
    ];
    for (let proof = 1; proof <= 3; proof++) {
      if (proof <= proofs)
        row.push(
          `${code}.${proof}`,
          proof === 1
            ? 'Vidéo de la démonstration'
            : proof === 2
              ? "Capture d'écran du paramétrage"
              : 'Journal des appels',
        );
      else row.push('', '');
    }
    row.push('');
    rows.push(row);
  }
  return rows;
}

export interface XlsxOptions {
  /** Put a formula in this cell (1-based row, 0-based column). */
  formulaAt?: { row: number; column: number };
  /** Merge this range, e.g. `D2:D3`. */
  merge?: string;
  /** Rows written above the header (a title, a date). */
  preamble?: string[][];
}

export async function gridXlsx(rows: string[][], options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Exigences');
  for (const row of [...(options.preamble ?? []), ...rows]) sheet.addRow(row);
  if (options.formulaAt) {
    sheet.getCell(options.formulaAt.row, options.formulaAt.column + 1).value = {
      formula: 'CONCATENATE("ANN"," 1")',
      result: 'ANN 1',
    };
  }
  if (options.merge) sheet.mergeCells(options.merge);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvField(value: string, delimiter: string): string {
  return /["\n\r]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function gridCsvText(rows: string[][], delimiter: ',' | ';' = ';'): string {
  return rows.map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** Windows-1252 bytes of the text; characters it cannot hold become `?` (as a spreadsheet's export does). */
export function windows1252(text: string): Buffer {
  const high = new Map(CP1252_HIGH.map((codePoint, index) => [codePoint, 0x80 + index] as const));
  const bytes = Buffer.alloc(text.length);
  let length = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    bytes[length++] =
      codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff) ? codePoint : (high.get(codePoint) ?? 0x3f);
  }
  return bytes.subarray(0, length);
}
