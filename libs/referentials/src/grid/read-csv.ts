import { GridRefusedError, type GridTable } from './grid-table.js';

/**
 * CSV grids: UTF-8 (with or without BOM) or Windows-1252, comma or semicolon, both detected.
 *
 * Encoding: bytes that are valid UTF-8 are UTF-8. Bytes that are not are Windows-1252, unless
 * they also hold well-formed multi-byte UTF-8 sequences: then the file mixes both (a grid pasted
 * together from two exports), and any choice would garble part of it, so it is refused.
 */

/** Windows-1252 bytes 0x80–0x9F (the rest of the high half is Latin-1). */
export const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd,
  0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0xfffd, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte);
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return text + String.fromCharCode(...chunk);
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes. */
function utf8Census(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const length =
      byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      multiByte += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { multiByte, invalid };
}

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const { multiByte, invalid } = utf8Census(body);
  if (invalid === 0) return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' };
  if (multiByte > 0 || hasBom) {
    throw new GridRefusedError(
      'GRID_MIXED_ENCODING',
      `The CSV mixes encodings: ${multiByte} character(s) are UTF-8 and ${invalid} byte(s) are not (Windows-1252?). ` +
        'Save the whole grid again in one encoding (UTF-8 preferably) and send it again.',
    );
  }
  return { text: decodeWindows1252(body), encoding: 'windows-1252' };
}

/** The delimiter of the first line that has one, outside quotes: the more frequent of `;` and `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === ',') commas += 1;
    else if (!inQuotes && char === ';') semicolons += 1;
    else if (!inQuotes && char === '\n') {
      if (commas + semicolons > 0) break;
    }
  }
  return semicolons > commas ? ';' : ',';
}

/** RFC 4180 rows (quotes doubled inside quoted fields; CRLF, LF or CR line ends). */
export function parseCsvRows(text: string, delimiter: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field.length === 0) inQuotes = true;
    else if (char === delimiter) endField();
    else if (char === '\r') {
      endRow();
      if (text[i + 1] === '\n') i += 1;
    } else if (char === '\n') endRow();
    else field += char;
    i += 1;
  }
  if (field.length > 0 || row.length > 0) endRow();
  return rows;
}

/** A formula in a CSV is text a spreadsheet would run when the grid is opened again: refused like XLSX formulas. */
const FORMULA_START = /^[=+\-@]/;

export function readCsvGrid(bytes: Uint8Array): GridTable {
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.includes('\u0000'))
    throw new GridRefusedError('GRID_UNREADABLE', 'The file holds binary data: it is neither a CSV nor an XLSX grid.');
  const delimiter = detectDelimiter(text);
  const table: GridTable = { rows: [], cellProblems: [], format: 'csv', encoding, delimiter };
  parseCsvRows(text, delimiter).forEach((cells, index) => {
    const row = index + 1;
    const trimmed = cells.map((cell) => cell.trim());
    trimmed.forEach((cell, column) => {
      // `-` alone or a negative number is not a formula; `=SUM(…)`, `+A1`, `@cmd` are. Like an
      // XLSX formula, it is reported and its text is not used.
      if (FORMULA_START.test(cell) && cell.length > 1 && !/^-?\d/.test(cell) && !/^-\s/.test(cell)) {
        table.cellProblems.push({
          row,
          column,
          code: 'GRID_FORMULA',
          params: { formula: cell.slice(0, 30) },
        });
        trimmed[column] = '';
      }
    });
    table.rows.push({ row, cells: trimmed });
  });
  return table;
}
