/**
 * The codes of what a grid import reports, with their English text: the `message` of each problem
 * is rendered from here, so a text is written once. The web app keeps a French text per code.
 */

import {
  REFERENTIAL_PROBLEM_TEXTS,
  shapeText,
  type CodedProblem as Coded,
  type ProblemParams,
  type ReferentialProblem,
  type ReferentialProblemCode,
} from '../referential-problems.js';

export type { ProblemParams } from '../referential-problems.js';

type Render = (params: ProblemParams) => string;

/** A référentiel rule broken by the tree a grid (and its overlay) builds: its code in `rule`, its values beside it. */
const brokenRule = (p: ProblemParams): string => REFERENTIAL_PROBLEM_TEXTS[p.rule as ReferentialProblemCode](p);

/** The params of GRID_REFERENTIAL_RULE and OVERLAY_REFERENTIAL_RULE for a référentiel problem. */
export function brokenRuleParams({ code, params }: ReferentialProblem): ProblemParams {
  return { ...params, rule: code };
}

/** Codes of a bad cell, row or header of a grid (422 GRID_INVALID, `details.rows[].code`). */
export const GRID_PROBLEM_TEXTS = {
  GRID_NO_HEADER: (p) =>
    `no header row found in the first ${p.rows} rows: the grid needs at least the columns ${p.columns}`,
  GRID_COLUMN_MISSING: (p) => `the column « ${p.column} » is missing`,
  GRID_COLUMN_TWICE: (p) => `a second « ${p.column} » column`,
  GRID_PROOF_COLUMNS_PAIRED: (p) => `« ${p.codeColumn} » and « ${p.textColumn} » go together`,
  GRID_CODE_EMPTY: (p) => (p.level === 'proof' ? `empty proof ${p.k} code` : `empty ${p.level} code`),
  GRID_CODE_INVALID: (p) => `« ${p.code} » is not a référentiel code`,
  GRID_CODE_WRONG_LEVEL: (p) => `« ${p.code} » is not a ${p.level} code`,
  GRID_REM_CODE_INVALID: (p) =>
    `« ${p.code} » is not a requirement code as a REM writes them (e.g. INS/va1.53, DB.SO.106)`,
  GRID_SCENARIO_CODE_EMPTY: () => 'empty scenario code: every row is one scenario',
  GRID_SCENARIO_OUTSIDE_REQUIREMENT: (p) =>
    `scenario « ${p.scenario} » does not belong to requirement « ${p.requirement} »`,
  GRID_NATURE_EMPTY: () => 'empty nature: DOIT or DEVRAIT',
  GRID_NATURE_UNKNOWN: (p) => `unknown nature « ${p.nature} »: DOIT or DEVRAIT`,
  GRID_SCENARIO_TEXT_EMPTY: () => 'empty scenario text',
  GRID_PROFILE_EMPTY: () => 'empty profile',
  GRID_SCENARIO_CODE_DUPLICATE: (p) => `duplicate scenario code « ${p.code} » (also row ${p.row})`,
  GRID_PROOF_CODE_MISSING: (p) => `proof ${p.k} has a text but no code`,
  GRID_PROOF_TEXT_EMPTY: (p) => `proof « ${p.code} » has no text`,
  GRID_PROOF_WITHOUT_SCENARIO: (p) => `proof « ${p.code} » has no scenario`,
  GRID_PROOF_OUTSIDE_SCENARIO: (p) =>
    `proof « ${p.proof} » does not belong to scenario « ${p.scenario} »: a proof without its scenario`,
  GRID_PROOF_CODE_DUPLICATE: (p) => `duplicate proof code « ${p.code} » (also row ${p.row})`,
  GRID_SCENARIO_WITHOUT_PROOF: (p) => `scenario « ${p.scenario} » lists no proof`,
  GRID_STATEMENT_EMPTY: () => 'empty statement',
  GRID_STATEMENT_CONFLICT: (p) => `another statement for requirement « ${p.requirement} » than row ${p.row}`,
  GRID_NATURE_CONFLICT: (p) => `nature ${p.nature} differs from ${p.other} on row ${p.row} for « ${p.requirement} »`,
  GRID_REQUIREMENT_STATEMENT_EMPTY: (p) => `empty statement for requirement « ${p.requirement} »`,
  GRID_NO_ROW: () => 'the grid has a header but no row',
  GRID_FORMULA: (p) => `a formula (« ${p.formula} ») where a value is expected`,
  GRID_CELL_ERROR: () => 'a spreadsheet error value',
  GRID_MERGED_CELLS: (p) => `merged cells (${p.range}): unmerge them and repeat the value on every row`,
  /** A rule of the référentiel tree broken by the grid as a whole (`rule`: its code, see referential-problems.ts). */
  GRID_REFERENTIAL_RULE: brokenRule,
} satisfies Record<string, Render>;

export type GridProblemCode = keyof typeof GRID_PROBLEM_TEXTS;

/** Codes of what makes an overlay unusable (422 OVERLAY_INVALID, `details.overlayProblems[].code`). */
export const OVERLAY_PROBLEM_TEXTS = {
  OVERLAY_NOT_YAML: (p) => `not valid YAML: ${p.detail}`,
  /** The overlay's shape: the schema `keyword` broken at `path`, with the values it names (see shapeParams). */
  OVERLAY_SCHEMA: shapeText,
  OVERLAY_UNKNOWN_SCENARIO: (p) => `scenarios: « ${p.code} » is not a scenario of the grid`,
  OVERLAY_UNKNOWN_PROOF: (p) => `proofs: « ${p.code} » is not a proof of the grid`,
  OVERLAY_UNKNOWN_FAMILY: (p) => `families: « ${p.code} » is not a family of the grid`,
  OVERLAY_NEEDED: () =>
    'a Ségur grid needs an overlay giving what the REM does not carry: documents, eligibility and charter',
  /** A rule of the référentiel broken once the overlay is applied (`rule`: its code). */
  OVERLAY_REFERENTIAL_RULE: brokenRule,
} satisfies Record<string, Render>;

export type OverlayProblemCode = keyof typeof OVERLAY_PROBLEM_TEXTS;

/** Codes of what an import notes without refusing the grid (the report's `codedWarnings`). */
export const GRID_WARNING_TEXTS = {
  /** `columns`: the ignored headers, each quoted, comma-separated. */
  GRID_COLUMNS_IGNORED: (p) => `Columns ignored: ${p.columns}.`,
  GRID_NO_SECTION_COLUMN: () => 'No « section » column: each requirement is filed under its family.',
} satisfies Record<string, Render>;

export type GridWarningCode = keyof typeof GRID_WARNING_TEXTS;

/** A problem as code and values, before it is placed on a row. */
export type CodedProblem<Code extends string = GridProblemCode> = Coded<Code>;

export interface OverlayProblem extends CodedProblem<OverlayProblemCode> {
  message: string;
}

export interface GridWarning extends CodedProblem<GridWarningCode> {
  message: string;
}

export function gridWarning(code: GridWarningCode, params: ProblemParams = {}): GridWarning {
  return { code, params, message: GRID_WARNING_TEXTS[code](params) };
}

export function gridProblemText(code: GridProblemCode, params: ProblemParams = {}): string {
  return GRID_PROBLEM_TEXTS[code](params);
}

export function overlayProblem(code: OverlayProblemCode, params: ProblemParams = {}): OverlayProblem {
  return { code, params, message: OVERLAY_PROBLEM_TEXTS[code](params) };
}
