/**
 * The French texts of the grid import's problem codes: the web app shows them, and the API renders
 * `message` with them on `Accept-Language: fr`. A code without a French text fails the web app's test.
 */
import type { GridProblemCode, GridWarningCode, OverlayProblemCode, ProblemParams } from './grid-problem-codes.js';
import { levelFr as level, referentialProblemTextFr, shapeTextFr } from '../referential-problems-fr.js';

type Render = (p: ProblemParams) => string;

/** A référentiel rule broken by the tree built (`rule`: its code), in French. */
const brokenRule = (p: ProblemParams): string => referentialProblemTextFr(p.rule, p) ?? String(p.rule);

export const GRID_PROBLEMS_FR: Record<GridProblemCode, Render> = {
  GRID_NO_HEADER: (p) =>
    `aucune ligne d’en-tête dans les ${p.rows} premières lignes : la grille doit avoir au moins les colonnes ${p.columns}`,
  GRID_COLUMN_MISSING: (p) => `la colonne « ${p.column} » manque`,
  GRID_COLUMN_TWICE: (p) => `une deuxième colonne « ${p.column} »`,
  GRID_PROOF_COLUMNS_PAIRED: (p) => `« ${p.codeColumn} » et « ${p.textColumn} » vont ensemble`,
  GRID_CODE_EMPTY: (p) => (p.level === 'proof' ? `code de la preuve ${p.k} vide` : `code ${level(p)} vide`),
  GRID_CODE_INVALID: (p) => `« ${p.code} » n’est pas un code de référentiel`,
  GRID_CODE_WRONG_LEVEL: (p) => `« ${p.code} » n’est pas un code ${level(p)}`,
  GRID_REM_CODE_INVALID: (p) =>
    `« ${p.code} » n’est pas un code d’exigence écrit comme dans un REM (par exemple INS/va1.53, DB.SO.106)`,
  GRID_SCENARIO_CODE_EMPTY: () => 'code de scénario vide : chaque ligne est un scénario',
  GRID_SCENARIO_OUTSIDE_REQUIREMENT: (p) =>
    `le scénario « ${p.scenario} » n’appartient pas à l’exigence « ${p.requirement} »`,
  GRID_NATURE_EMPTY: () => 'nature vide : DOIT ou DEVRAIT',
  GRID_NATURE_UNKNOWN: (p) => `nature « ${p.nature} » inconnue : DOIT ou DEVRAIT`,
  GRID_SCENARIO_TEXT_EMPTY: () => 'texte du scénario vide',
  GRID_PROFILE_EMPTY: () => 'profil vide',
  GRID_SCENARIO_CODE_DUPLICATE: (p) => `code de scénario « ${p.code} » en double (aussi ligne ${p.row})`,
  GRID_PROOF_CODE_MISSING: (p) => `la preuve ${p.k} a un texte mais pas de code`,
  GRID_PROOF_TEXT_EMPTY: (p) => `la preuve « ${p.code} » n’a pas de texte`,
  GRID_PROOF_WITHOUT_SCENARIO: (p) => `la preuve « ${p.code} » n’a pas de scénario`,
  GRID_PROOF_OUTSIDE_SCENARIO: (p) =>
    `la preuve « ${p.proof} » n’appartient pas au scénario « ${p.scenario} » : une preuve sans son scénario`,
  GRID_PROOF_CODE_DUPLICATE: (p) => `code de preuve « ${p.code} » en double (aussi ligne ${p.row})`,
  GRID_SCENARIO_WITHOUT_PROOF: (p) => `le scénario « ${p.scenario} » ne cite aucune preuve`,
  GRID_STATEMENT_EMPTY: () => 'énoncé vide',
  GRID_STATEMENT_CONFLICT: (p) => `un autre énoncé pour l’exigence « ${p.requirement} » qu’à la ligne ${p.row}`,
  GRID_NATURE_CONFLICT: (p) =>
    `la nature ${p.nature} diffère de celle de la ligne ${p.row} (${p.other}) pour « ${p.requirement} »`,
  GRID_REQUIREMENT_STATEMENT_EMPTY: (p) => `énoncé vide pour l’exigence « ${p.requirement} »`,
  GRID_NO_ROW: () => 'la grille a un en-tête mais aucune ligne',
  GRID_FORMULA: (p) => `une formule (« ${p.formula} ») là où une valeur est attendue`,
  GRID_CELL_ERROR: () => 'une valeur d’erreur du tableur',
  GRID_MERGED_CELLS: (p) => `cellules fusionnées (${p.range}) : défusionnez-les et répétez la valeur sur chaque ligne`,
  GRID_REFERENTIAL_RULE: (p) => `le référentiel obtenu enfreint une règle : ${brokenRule(p)}`,
};

export const OVERLAY_PROBLEMS_FR: Record<OverlayProblemCode, Render> = {
  OVERLAY_NOT_YAML: (p) => `YAML invalide : ${p.detail}`,
  OVERLAY_SCHEMA: (p) => `forme invalide en ${shapeTextFr(p)}`,
  OVERLAY_UNKNOWN_SCENARIO: (p) => `scenarios : « ${p.code} » n’est pas un scénario de la grille`,
  OVERLAY_UNKNOWN_PROOF: (p) => `proofs : « ${p.code} » n’est pas une preuve de la grille`,
  OVERLAY_UNKNOWN_FAMILY: (p) => `families : « ${p.code} » n’est pas une famille de la grille`,
  OVERLAY_NEEDED: () =>
    'une grille Ségur a besoin d’un complément YAML donnant ce que le REM ne porte pas : documents, éligibilité et charte',
  OVERLAY_REFERENTIAL_RULE: (p) => `le référentiel complété enfreint une règle : ${brokenRule(p)}`,
};

export const GRID_WARNINGS_FR: Record<GridWarningCode, Render> = {
  GRID_COLUMNS_IGNORED: (p) => `Colonnes ignorées : ${p.columns}.`,
  GRID_NO_SECTION_COLUMN: () => 'Pas de colonne « section » : chaque exigence est rangée sous sa famille.',
};

/** The French text of a known code with its params; undefined for a code this catalogue does not know. */
export function problemTextFr(code: string | undefined, params: ProblemParams | undefined): string | undefined {
  if (code === undefined) return undefined;
  const text =
    (GRID_PROBLEMS_FR as Record<string, Render | undefined>)[code] ??
    (OVERLAY_PROBLEMS_FR as Record<string, Render | undefined>)[code] ??
    (GRID_WARNINGS_FR as Record<string, Render | undefined>)[code];
  return text?.(params ?? {});
}
