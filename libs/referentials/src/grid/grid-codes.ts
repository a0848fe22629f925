import {
  codeLevel,
  codeLookupKey,
  familyOf,
  isWellFormedFreeCode,
  normalizeCode,
  parentCode,
  type Programme,
} from '@preuve/domain';
import type { CodedProblem } from './grid-problem-codes.js';

type Level = 'requirement' | 'scenario' | 'proof';

/** How a grid's codes are read: the DMN shape, or Ségur REM codes as each REM writes them. */
export interface GridCodes {
  /** The code as the référentiel keeps it, or the problem to report on its cell. */
  read: (raw: string, level: Level) => { code: string } | { problem: CodedProblem };
  /**
   * The code of a scenario or proof under `parent`, written with the parent's spelling
   * (`ins/VA1.53.1` under `INS/va1.53` is `INS/va1.53.1`); null when it is not under it.
   */
  under: (child: string, parent: string) => string | null;
  /** What tells two codes apart (two spellings of one REM code share it). */
  key: (code: string) => string;
  familyOf: (requirementCode: string) => string;
}

/** DMN: one shape, canonicalised by normalizeCode, the level read from the code. */
const DMN_CODES: GridCodes = {
  read(raw, level): ReturnType<GridCodes['read']> {
    const normalized = normalizeCode(raw);
    if (normalized === null) return { problem: { code: 'GRID_CODE_INVALID', params: { code: raw } } };
    if (codeLevel(normalized) !== level)
      return { problem: { code: 'GRID_CODE_WRONG_LEVEL', params: { code: raw, level } } };
    return { code: normalized };
  },
  under: (child, parent) => (parentCode(child) === parent ? child : null),
  key: (code) => code,
  familyOf: (code) => familyOf(code)!,
};

/**
 * Ségur: REMs write codes their own way (`INS/va1.53`, `DB.SO.106`). They are kept as written
 * (spaces collapsed), placed by prefix, and told apart by lookup key; the family is the first part.
 */
const REM_CODES: GridCodes = {
  read(raw): ReturnType<GridCodes['read']> {
    const written = raw.replace(/\s+/g, ' ');
    if (!isWellFormedFreeCode(written) || codeLookupKey(written) === null)
      return { problem: { code: 'GRID_REM_CODE_INVALID', params: { code: raw } } };
    return { code: written };
  },
  under(child, parent) {
    const parentKey = codeLookupKey(parent)!;
    if (!codeLookupKey(child)!.startsWith(`${parentKey}.`)) return null;
    const rest = child.split(/[ ./]+/).slice(parentKey.split('.').length);
    return `${parent}.${rest.join('.')}`;
  },
  key: (code) => codeLookupKey(code) ?? code,
  familyOf: (code) => code.split(/[ ./]+/)[0].toUpperCase(),
};

export function gridCodesFor(programme: Programme): GridCodes {
  return programme === 'SEGUR' ? REM_CODES : DMN_CODES;
}
