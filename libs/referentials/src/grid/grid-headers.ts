/**
 * Recognising the grid's columns whatever their order, case, accents or spelling: « N° exigence »,
 * « n° d'exigence », « Numéro exigence », « NO EXIGENCE » are one column. Columns this does not
 * recognise are ignored (and listed in the report's warnings).
 */

export type ColumnKey =
  | 'requirementCode'
  | 'statement'
  | 'nature'
  | 'profile'
  | 'section'
  | 'function'
  | 'scenarioCode'
  | 'scenario'
  | 'proofCode1'
  | 'proof1'
  | 'proofCode2'
  | 'proof2'
  | 'proofCode3'
  | 'proof3';

/** Columns a grid must have; the others are optional. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  'requirementCode',
  'statement',
  'nature',
  'profile',
  'scenarioCode',
  'scenario',
  'proofCode1',
  'proof1',
];

/** How the contract names each column (for messages). */
export const COLUMN_LABELS: Record<ColumnKey, string> = {
  requirementCode: 'n° exigence',
  statement: 'énoncé',
  nature: 'nature',
  profile: 'profil',
  section: 'section',
  function: 'fonction',
  scenarioCode: 'n° scénario',
  scenario: 'scénario',
  proofCode1: 'n° preuve 1',
  proof1: 'preuve 1',
  proofCode2: 'n° preuve 2',
  proof2: 'preuve 2',
  proofCode3: 'n° preuve 3',
  proof3: 'preuve 3',
};

/** Lower case, no accents, `°`/`#` read as « numéro », anything else not a letter or digit a space. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[°º#]/g, ' numero ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const NUMBER_MARKERS = new Set(['n', 'no', 'num', 'numero', 'nro', 'code', 'id', 'ref', 'reference', 'identifiant']);
const FILLERS = new Set([
  'de',
  'd',
  'du',
  'des',
  'la',
  'le',
  'l',
  'conformite',
  'attendue',
  'attendues',
  'a',
  'fournir',
]);

/** The column a header names, or null when it is not one the import reads. */
export function columnKeyOf(header: string): ColumnKey | null {
  const tokens = normalizeHeader(header)
    .split(' ')
    .filter((token) => token.length > 0);
  if (tokens.length === 0) return null;
  const numbered = tokens.some((token) => NUMBER_MARKERS.has(token));
  const words = tokens.filter((token) => !NUMBER_MARKERS.has(token) && !FILLERS.has(token));
  const digits = words.filter((word) => /^[0-9]+$/.test(word));
  const letters = words.filter((word) => !/^[0-9]+$/.test(word));
  const has = (...candidates: string[]): boolean => letters.some((word) => candidates.includes(word));
  const only = (...candidates: string[]): boolean =>
    letters.length > 0 && letters.every((word) => candidates.includes(word));

  if (has('preuve', 'preuves')) {
    if (digits.length > 1) return null;
    const index = digits.length === 0 ? 1 : Number(digits[0]);
    if (index < 1 || index > 3) return null;
    if (!only('preuve', 'preuves', 'libelle', 'description', 'intitule')) return null;
    return (numbered ? `proofCode${index}` : `proof${index}`) as ColumnKey;
  }
  if (digits.length > 0) return null;
  if (has('scenario', 'scenarios')) {
    if (!only('scenario', 'scenarios', 'libelle', 'description', 'intitule')) return null;
    return numbered ? 'scenarioCode' : 'scenario';
  }
  if (has('enonce', 'texte', 'libelle') && only('enonce', 'texte', 'libelle', 'exigence', 'exigences'))
    return 'statement';
  if (has('exigence', 'exigences') && only('exigence', 'exigences')) return numbered ? 'requirementCode' : null;
  if (numbered) return null;
  if (only('nature', 'niveau')) return 'nature';
  if (only('profil', 'profils', 'applicabilite')) return 'profile';
  if (only('section', 'chapitre', 'domaine')) return 'section';
  if (only('fonction', 'fonctionnalite')) return 'function';
  return null;
}

export interface HeaderMatch {
  /** 1-based row of the header in the file. */
  row: number;
  /** Column index (0-based) of each recognised column. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Header text of every column, as written, for messages. */
  headers: string[];
  /** Columns named twice: the second and later ones, by index. */
  duplicates: { column: number; key: ColumnKey }[];
  ignored: string[];
}

/** Reads one row as a header row; null when it does not name the code columns the grid is keyed on. */
export function matchHeader(row: number, cells: string[]): HeaderMatch | null {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const duplicates: { column: number; key: ColumnKey }[] = [];
  const ignored: string[] = [];
  cells.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const key = columnKeyOf(cell);
    if (key === null) ignored.push(cell.trim());
    else if (columns[key] !== undefined) duplicates.push({ column: index, key });
    else columns[key] = index;
  });
  if (columns.requirementCode === undefined || columns.scenarioCode === undefined) return null;
  return { row, columns, headers: cells, duplicates, ignored };
}
