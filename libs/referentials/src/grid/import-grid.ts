import {
  ReferentialFileError,
  contentHashOf,
  parseReferential,
  type LoadedReferential,
} from '../referential-loader.js';
import { referentialFromGrid } from './grid-referential.js';
import { hasGridHeader } from './grid-header-check.js';
import { type GridMeta, type ImportReport } from './grid-terms.js';
import { GridInvalidError, GridRefusedError, gridProblem, type GridTable } from './grid-table.js';
import { brokenRuleParams, overlayProblem } from './grid-problem-codes.js';
import { OverlayInvalidError, applyOverlay } from './overlay.js';
import { readCsvGrid } from './read-csv.js';
import { readXlsxGrids } from './read-xlsx.js';
import { DEFAULT_ZIP_LIMITS, isZip, type ZipLimits } from './zip-guard.js';

export interface GridImportOptions {
  /** Largest file accepted (bytes); larger is GRID_TOO_LARGE. */
  maxBytes?: number;
  zipLimits?: ZipLimits;
  /** YAML overlay: applicability rules and questionnaire. */
  overlay?: string;
}

/** 10 MiB: the official DMN grid is well under 1 MiB; a 50 MB "grid" is not one. */
export const DEFAULT_MAX_GRID_BYTES = 10 * 1024 * 1024;

export interface ImportedGrid {
  /** The tree (overlay applied, when there is one), validated like a built-in file. */
  loaded: LoadedReferential;
  /** The tree as the grid gives it, without overlay: what a later overlay applies to. */
  base: LoadedReferential;
  report: ImportReport;
}

/** Stand-ins for the Ségur-only fields, to check a REM grid's tree before its overlay comes. */
const SEGUR_STAND_INS = {
  documents: [{ kind: 'REM', name: '-', version: '-' }],
  eligibility: [{ key: 'standIn', label: '-', type: 'boolean' }],
  charter: { version: '-', text: '-' },
};

/** Reads the bytes as XLSX (by their ZIP signature, whatever the name says) or CSV. */
export async function readGrid(bytes: Buffer, zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<GridTable> {
  if (isZip(bytes)) {
    const tables = await readXlsxGrids(bytes, zipLimits);
    if (tables.length === 0) throw new GridRefusedError('GRID_UNREADABLE', 'The workbook has no worksheet.');
    return tables.find(hasGridHeader) ?? tables[0];
  }
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0)
    throw new GridRefusedError(
      'GRID_UNREADABLE',
      'This is an old Excel file (.xls): save the grid as .xlsx or CSV and send it again.',
    );
  return readCsvGrid(bytes);
}

/**
 * The import of a grid file: the API's POST /referentials/import and the command line both call
 * this. Throws GridRefusedError (the file is not a usable grid: too big, not XLSX/CSV, a ZIP
 * bomb, mixed encodings), GridInvalidError (every bad row and column) or OverlayInvalidError.
 */
export async function importGrid(
  bytes: Buffer,
  meta: GridMeta,
  options: GridImportOptions = {},
): Promise<ImportedGrid> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_GRID_BYTES;
  if (bytes.length > maxBytes)
    throw new GridRefusedError(
      'GRID_TOO_LARGE',
      `The grid file is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`,
    );
  if (bytes.length === 0) throw new GridRefusedError('GRID_UNREADABLE', 'The grid file is empty.');
  const table = await readGrid(bytes, options.zipLimits);
  const { referential, report } = referentialFromGrid(table, meta);
  let base: LoadedReferential;
  try {
    // A Ségur référentiel also needs what the REM grid does not carry (documents, eligibility,
    // charter): the overlay gives them. The tree itself is checked here with stand-ins for them.
    const checked = parseReferential(
      JSON.stringify(meta.programme === 'SEGUR' ? { ...referential, ...SEGUR_STAND_INS } : referential),
      meta.source,
    );
    base = meta.programme === 'SEGUR' ? { ...checked, referential, contentHash: contentHashOf(referential) } : checked;
  } catch (error) {
    if (error instanceof ReferentialFileError)
      throw new GridInvalidError(
        error.coded.map((rule) =>
          gridProblem(0, '-', { code: 'GRID_REFERENTIAL_RULE', params: brokenRuleParams(rule) }),
        ),
      );
    throw error;
  }
  if (meta.programme === 'SEGUR' && options.overlay === undefined)
    throw new OverlayInvalidError([overlayProblem('OVERLAY_NEEDED')]);
  const loaded =
    options.overlay === undefined ? base : applyOverlay(referential, options.overlay, `${meta.source} + overlay`);
  return { loaded, base, report };
}
