/**
 * Codes of the référentiel: requirement `ANN 2`, scenario `ANN 2.1`, proof `ANN 2.1.2`; extra
 * proofs added by a clarification carry an upper-case suffix (`ANN 1.1.1-API`, `ANN 2.1.2-LOGS`).
 *
 * Canonical form: the family as spelled in KNOWN_FAMILIES (`ApCV` keeps its mixed case), one
 * space, the numbers joined by dots, then an optional `-SUFFIX` in upper case.
 *
 * `normalizeCode` is lenient about how a person or a URL spells a code and strict about what the
 * code is. Choices made here:
 * - the family is matched case-insensitively (`ann`, `APCV`);
 * - between family and numbers: spaces (any number), a single dot (`ANN.2.1.2`, as the ANS FAQ
 *   writes them) or nothing (`ANN2.1.2`) — unambiguous, since a family is letters only;
 * - a value that contains `%` is URL-decoded once; a malformed `%` sequence, or one that still
 *   contains `%` once decoded (double encoding), is refused. `+` is NOT read as a space;
 * - leading zeros are dropped (`ANN 01.02` → `ANN 1.2`): they cannot change which code is meant,
 *   and codes copied from spreadsheets or sorted lists often carry them. A number that is zero
 *   (`ANN 0`, `ANN 2.00`) is refused: the référentiel numbers from 1;
 * - each number has at most 3 digits once leading zeros are dropped, and there are at most 4 of
 *   them (the fourth level being a sub-numbered proof);
 * - a suffix (letters, then letters or digits) is allowed only at proof level or deeper;
 * - anything longer than 40 characters (before or after decoding) is refused outright.
 */

export const KNOWN_FAMILIES = ['ANN', 'IEU', 'IEPS', 'INS', 'PSC', 'PORT', 'ApCV', 'ADM', 'RGPD'] as const;
export type FamilyCode = (typeof KNOWN_FAMILIES)[number];

export type CodeLevel = 'requirement' | 'scenario' | 'proof';

export interface ParsedCode {
  /** The canonical code, e.g. `ANN 2.1.2-LOGS`. */
  code: string;
  family: FamilyCode;
  /** The numeric parts, e.g. `[2, 1, 2]`; between 1 and MAX_CODE_LEVELS of them. */
  numbers: number[];
  /** Upper-case suffix without its dash, e.g. `LOGS`; only at proof level or deeper. */
  suffix?: string;
  level: CodeLevel;
}

/** Longest input `normalizeCode` looks at. */
export const MAX_CODE_LENGTH = 40;
/** Most numeric parts a code may have. */
export const MAX_CODE_LEVELS = 4;

const FAMILY_BY_UPPER: ReadonlyMap<string, FamilyCode> = new Map(
  KNOWN_FAMILIES.map((f) => [f.toUpperCase(), f] as const),
);

/**
 * family, separator (one space after whitespace collapse, one dot, or none), dotted numbers,
 * optional `-suffix`. Input is at most 40 characters and the groups cannot overlap, so matching
 * stays linear.
 */
const CODE_PATTERN = /^([A-Za-z]+)(?: |\.)?([0-9]+(?:\.[0-9]+)*)(?:-([A-Za-z][A-Za-z0-9]*))?$/;

/** Parses a code written any accepted way (see the module comment); null when it is not a code. */
export function parseCode(input: string): ParsedCode | null {
  if (typeof input !== 'string' || input.length > MAX_CODE_LENGTH) return null;

  let text = input;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null; // malformed escape (`%`, `%2`, `%E9` alone…)
    }
    if (text.includes('%')) return null;
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_CODE_LENGTH) return null;

  const match = CODE_PATTERN.exec(text);
  if (match === null) return null;
  const [, familyText, numbersText, suffixText] = match;

  const family = FAMILY_BY_UPPER.get(familyText.toUpperCase());
  if (family === undefined) return null;

  const parts = numbersText.split('.');
  if (parts.length > MAX_CODE_LEVELS) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    const digits = part.replace(/^0+/, '');
    if (digits === '' || digits.length > 3) return null; // zero, or absurdly large
    numbers.push(Number(digits));
  }

  const level: CodeLevel = numbers.length === 1 ? 'requirement' : numbers.length === 2 ? 'scenario' : 'proof';
  if (suffixText !== undefined && level !== 'proof') return null;
  const suffix = suffixText?.toUpperCase();

  const code = `${family} ${numbers.join('.')}${suffix === undefined ? '' : `-${suffix}`}`;
  return suffix === undefined ? { code, family, numbers, level } : { code, family, numbers, suffix, level };
}

/**
 * The canonical form of a code (`ann.2.1.2-logs` → `ANN 2.1.2-LOGS`), or null when the input is
 * not a code of a known family.
 */
export function normalizeCode(input: string): string | null {
  return parseCode(input)?.code ?? null;
}

/** Whether `code` is already in canonical form (what data files and the database must hold). */
export function isCanonicalCode(code: string): boolean {
  return normalizeCode(code) === code;
}

/**
 * The level of a code by its number of numeric parts: 1 requirement, 2 scenario, 3 proof
 * (4: a sub-numbered proof, still a proof). Accepts any spelling normalizeCode accepts.
 */
export function codeLevel(code: string): CodeLevel | null {
  return parseCode(code)?.level ?? null;
}

/** The family of a code (`apcv 1` → `ApCV`), or null when the input is not a code. */
export function familyOf(code: string): FamilyCode | null {
  return parseCode(code)?.family ?? null;
}

/**
 * The canonical code of the item holding this one: scenario → requirement, proof → scenario.
 * A proof's parent is always its scenario, suffixed or sub-numbered alike:
 * `ANN 2.1.2` → `ANN 2.1`, `ANN 2.1.2-LOGS` → `ANN 2.1`, `ANN 2.1.2.1` → `ANN 2.1`.
 * Null for a requirement (it has none) and for anything that is not a code.
 */
export function parentCode(code: string): string | null {
  const parsed = parseCode(code);
  if (parsed === null || parsed.level === 'requirement') return null;
  const keep = parsed.level === 'scenario' ? 1 : 2;
  return `${parsed.family} ${parsed.numbers.slice(0, keep).join('.')}`;
}

/*
 * Ségur REM codes do not follow the DMN shape: each REM writes its own (`INS/va1.53`, `DB.SO.106`),
 * with slashes, dots or spaces between the parts. A Ségur référentiel keeps its codes as the REM
 * writes them (canonical for that référentiel); lookups go through `codeLookupKey`, which maps
 * every spelling of one code to the same key:
 * - URL-decoded once (the same refusals as `parseCode`);
 * - a DMN-shaped code goes through `parseCode` first (so `ANN 02.1` and `ann.2.1` meet);
 * - otherwise: upper case, and any run of ` `, `.` or `/` between parts is one separator.
 * So `INS/va1.53`, `INS.va1.53`, `ins va1.53` and `INS%2Fva1.53` share the key `INS.VA1.53`.
 */

/** A free-form code as written in a REM: letters first, then parts joined by ` `, `.` or `/`. */
const FREE_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9]*(?:[ ./]+[A-Za-z0-9]+)*(?:-[A-Za-z][A-Za-z0-9]*)?$/;

/** The key every spelling of a code shares (see above), or null when the input cannot be a code. */
export function codeLookupKey(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_CODE_LENGTH * 2) return null;
  let text = input;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
    if (text.includes('%')) return null;
  }
  const dmn = parseCode(text);
  if (dmn !== null) return dmn.code.replace(' ', '.').toUpperCase();
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_CODE_LENGTH || !FREE_CODE_PATTERN.test(text)) return null;
  return text.toUpperCase().replace(/[ ./]+/g, '.');
}

/**
 * Whether `code` may stand in a Ségur référentiel as written: a free-form code (see
 * FREE_CODE_PATTERN) with single separators and no surrounding space, at most 40 characters.
 */
export function isWellFormedFreeCode(code: string): boolean {
  return (
    typeof code === 'string' &&
    code.length <= MAX_CODE_LENGTH &&
    FREE_CODE_PATTERN.test(code) &&
    !/[ ./]{2}/.test(code) &&
    code === code.trim()
  );
}
