/**
 * The French texts of the référentiel's problem codes (see referential-problems.ts): the web app
 * shows them, and the API renders `message` with them on `Accept-Language: fr`. Pure data, so that
 * the web app can import it.
 */
import type { ProblemParams, ReferentialProblemCode } from './referential-problems.js';

type Render = (p: ProblemParams) => string;

const LEVELS: Record<string, string> = { requirement: 'd’exigence', scenario: 'de scénario', proof: 'de preuve' };
const NOUNS: Record<string, string> = { requirement: 'l’exigence', scenario: 'le scénario', proof: 'la preuve' };
const OWNERS: Record<string, string> = { question: 'la question', scenario: 'le scénario', proof: 'la preuve' };
const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'un booléen',
  array: 'une liste',
  object: 'un objet',
  null: 'vide',
};

/** The French phrase of a code's level (« de scénario »), as a complement, and as a subject. */
export const levelFr = (p: ProblemParams): string => LEVELS[String(p.level)] ?? String(p.level);
const levelNoun = (p: ProblemParams): string => NOUNS[String(p.level)] ?? String(p.level);

/** Where a rule stands. */
function ruleOwner(p: ProblemParams): string {
  if (p.owner === 'condition') return `condition ${p.index} du scénario « ${p.code} »`;
  return `${OWNERS[String(p.owner)] ?? String(p.owner)} « ${p.code} »`;
}

/** What a schema rule asks, by the schema keyword the validator names. */
const SHAPE_RULES: Record<string, Render> = {
  required: (p) => `il manque « ${p.missing} »`,
  additionalProperties: (p) => `propriété inconnue « ${p.property} »`,
  type: (p) =>
    `doit être ${String(p.type)
      .split(', ')
      .map((type) => TYPES[type] ?? type)
      .join(' ou ')}`,
  enum: (p) => `doit valoir l’une de ces valeurs : ${p.allowed}`,
  const: (p) => `doit valoir ${p.allowed}`,
  minItems: (p) => `doit compter au moins ${p.limit} élément(s)`,
  maxItems: (p) => `doit compter au plus ${p.limit} élément(s)`,
  minLength: (p) => `doit compter au moins ${p.limit} caractère(s)`,
  maxLength: (p) => `doit compter au plus ${p.limit} caractère(s)`,
  minimum: (p) => `doit être ${p.comparison} ${p.limit}`,
  maximum: (p) => `doit être ${p.comparison} ${p.limit}`,
  exclusiveMinimum: (p) => `doit être ${p.comparison} ${p.limit}`,
  exclusiveMaximum: (p) => `doit être ${p.comparison} ${p.limit}`,
  pattern: (p) => `ne suit pas la forme attendue (${p.pattern})`,
  format: (p) => `n’est pas au format ${p.format}`,
  uniqueItems: () => 'répète un élément',
};

/** A schema validator's complaint in French: where, then what the rule asks. */
export function shapeTextFr(p: ProblemParams): string {
  const rule = SHAPE_RULES[String(p.keyword)];
  return `« ${p.path} » : ${rule ? rule(p) : `ne respecte pas la règle « ${p.keyword} » du schéma`}`;
}

export const REFERENTIAL_PROBLEMS_FR: Record<ReferentialProblemCode, Render> = {
  REFERENTIAL_NOT_YAML: (p) => `YAML invalide : ${p.detail}`,
  REFERENTIAL_SHAPE: shapeTextFr,
  CODE_NOT_WELL_FORMED: (p) => `le code ${levelFr(p)} « ${p.code} » est mal formé`,
  CODE_NOT_CANONICAL: (p) => `le code ${levelFr(p)} « ${p.code} » n’est pas sous sa forme canonique`,
  CODE_WRONG_LEVEL: (p) => `« ${p.code} » n’est pas un code ${levelFr(p)}`,
  CODE_OUTSIDE_PARENT: (p) => `${levelNoun(p)} « ${p.code} » n’est pas rangé(e) sous « ${p.parent} »`,
  CODE_TWICE: (p) => `le code « ${p.code} » est employé deux fois`,
  RULE_NOT_JSON_LOGIC: (p) => `${ruleOwner(p)} : la règle n’est pas une expression JSON Logic`,
  RULE_UNKNOWN_QUESTION: (p) => `${ruleOwner(p)} : la règle lit « ${p.key} », qui n’est pas une question`,
  QUESTION_BOOLEAN_WITH_OPTIONS: (p) => `la question « ${p.key} » est booléenne mais propose des options`,
  QUESTION_NEEDS_OPTIONS: (p) => `la question « ${p.key} » doit proposer des options`,
  PROFILES_QUESTION_MISSING: () => 'le questionnaire doit avoir une question à choix multiple « profiles »',
  PROFILES_OPTIONS_MISMATCH: () => 'les options de « profiles » doivent être exactement les profils du référentiel',
  REQUIREMENT_UNKNOWN_FAMILY: (p) => `exigence « ${p.code} » : famille inconnue « ${p.family} »`,
  REQUIREMENT_OUTSIDE_FAMILY: (p) => `l’exigence « ${p.code} » n’appartient pas à la famille « ${p.family} »`,
  SCENARIO_UNKNOWN_PROFILE: (p) => `scénario « ${p.code} » : profil inconnu « ${p.profile} »`,
  CASE_UNKNOWN_PROOF: (p) => `le cas « ${p.case} » du scénario « ${p.code} » nomme une preuve inconnue « ${p.proof} »`,
  HOSTING_UNKNOWN_REQUIREMENT: (p) => `l’hébergement nomme une exigence inconnue « ${p.code} »`,
  SEGUR_ONLY_FIELD: (p) => `« ${p.field} » n’appartient qu’aux référentiels Ségur`,
  SEGUR_FIELD_MISSING: (p) => `un référentiel Ségur doit donner « ${p.field} »`,
  MILESTONE_TWICE: (p) => `le jalon « ${p.key} » figure deux fois`,
  MILESTONE_DUE_ONE_OF: (p) => `le jalon « ${p.key} » doit donner soit dueAt, soit dueAfterDays`,
  ELIGIBILITY_NEEDS_OPTIONS: (p) => `la question d’éligibilité « ${p.key} » doit proposer des options`,
  ELIGIBILITY_UNKNOWN_QUESTION: (p) =>
    `la question d’éligibilité « ${p.key} » lit « ${p.variable} », qui n’est pas une question d’éligibilité`,
  HOMOLOGATION_TWICE: (p) => `l’homologation « ${p.kind} » figure deux fois`,
  HOMOLOGATION_UNKNOWN_REQUIREMENT: (p) => `l’homologation « ${p.kind} » nomme une exigence inconnue « ${p.code} »`,
  HOMOLOGATION_UNKNOWN_MILESTONE: (p) => `l’homologation « ${p.kind} » nomme un jalon inconnu « ${p.milestone} »`,
};

/** The French text of a référentiel problem; undefined for a code this catalogue does not know. */
export function referentialProblemTextFr(code: unknown, params: ProblemParams): string | undefined {
  return (REFERENTIAL_PROBLEMS_FR as Record<string, Render | undefined>)[String(code)]?.(params);
}
