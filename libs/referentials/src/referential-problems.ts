import type { ErrorObject } from 'ajv';

/**
 * The codes of what makes a référentiel unusable (a file, or the tree a grid and its overlay
 * build), with their English text: a checker reports a code and its values, and the text is
 * rendered from here, so that it is written once. `referential-problems-fr.ts` keeps a French text
 * per code, which the web app and the API's French answers use.
 */

/** The values a problem's text is built from (codes, keys, column names, counts). */
export type ProblemParams = Record<string, string | number>;

type Render = (p: ProblemParams) => string;

/** A problem as a code and its values. */
export interface CodedProblem<Code extends string> {
  code: Code;
  params: ProblemParams;
}

/** Where a rule stands, as the English texts name it. */
function ruleOwner(p: ProblemParams): string {
  if (p.owner === 'condition') return `scenario « ${p.code} » condition ${p.index}`;
  return `${p.owner} « ${p.code} »`;
}

/** A schema validator's complaint: the path, its own (English) sentence, the unknown property if any. */
export function shapeText(p: ProblemParams): string {
  return `${p.path} ${p.detail}${p.property === undefined ? '' : `: « ${p.property} »`}`;
}

export const REFERENTIAL_PROBLEM_TEXTS = {
  REFERENTIAL_NOT_YAML: (p) => `not valid YAML: ${p.detail}`,
  REFERENTIAL_SHAPE: shapeText,
  CODE_NOT_WELL_FORMED: (p) => `${p.level} code « ${p.code} » is not a well-formed code`,
  CODE_NOT_CANONICAL: (p) => `${p.level} code « ${p.code} » is not in canonical form`,
  CODE_WRONG_LEVEL: (p) => `« ${p.code} » is not a ${p.level} code`,
  CODE_OUTSIDE_PARENT: (p) => `${p.level} « ${p.code} » does not sit under « ${p.parent} »`,
  CODE_TWICE: (p) => `code « ${p.code} » is used twice`,
  RULE_NOT_JSON_LOGIC: (p) => `${ruleOwner(p)}: the rule is not a JSON Logic expression`,
  RULE_UNKNOWN_QUESTION: (p) => `${ruleOwner(p)}: the rule reads « ${p.key} », which is not a question`,
  QUESTION_BOOLEAN_WITH_OPTIONS: (p) => `question « ${p.key} » is boolean but lists options`,
  QUESTION_NEEDS_OPTIONS: (p) => `question « ${p.key} » needs options`,
  PROFILES_QUESTION_MISSING: () => 'the questionnaire needs a multi_choice question « profiles »',
  PROFILES_OPTIONS_MISMATCH: () => 'the options of « profiles » must be exactly the référentiel profiles',
  REQUIREMENT_UNKNOWN_FAMILY: (p) => `requirement « ${p.code} »: unknown family « ${p.family} »`,
  REQUIREMENT_OUTSIDE_FAMILY: (p) => `requirement « ${p.code} » is not in family « ${p.family} »`,
  SCENARIO_UNKNOWN_PROFILE: (p) => `scenario « ${p.code} »: unknown profile « ${p.profile} »`,
  CASE_UNKNOWN_PROOF: (p) => `scenario « ${p.code} » case « ${p.case} » names unknown proof « ${p.proof} »`,
  HOSTING_UNKNOWN_REQUIREMENT: (p) => `hosting names unknown requirement « ${p.code} »`,
  SEGUR_ONLY_FIELD: (p) => `« ${p.field} » belongs to Ségur référentiels only`,
  SEGUR_FIELD_MISSING: (p) => `a Ségur référentiel needs « ${p.field} »`,
  MILESTONE_TWICE: (p) => `milestone « ${p.key} » is listed twice`,
  MILESTONE_DUE_ONE_OF: (p) => `milestone « ${p.key} » needs exactly one of dueAt and dueAfterDays`,
  ELIGIBILITY_NEEDS_OPTIONS: (p) => `eligibility question « ${p.key} » needs options`,
  ELIGIBILITY_UNKNOWN_QUESTION: (p) =>
    `eligibility question « ${p.key} » reads « ${p.variable} », which is not an eligibility question`,
  HOMOLOGATION_TWICE: (p) => `homologation « ${p.kind} » is listed twice`,
  HOMOLOGATION_UNKNOWN_REQUIREMENT: (p) => `homologation « ${p.kind} » names unknown requirement « ${p.code} »`,
  HOMOLOGATION_UNKNOWN_MILESTONE: (p) => `homologation « ${p.kind} » names unknown milestone « ${p.milestone} »`,
} satisfies Record<string, Render>;

export type ReferentialProblemCode = keyof typeof REFERENTIAL_PROBLEM_TEXTS;

export type ReferentialProblem = CodedProblem<ReferentialProblemCode>;

export function referentialProblem(code: ReferentialProblemCode, params: ProblemParams = {}): ReferentialProblem {
  return { code, params };
}

export function referentialProblemText({ code, params }: ReferentialProblem): string {
  return REFERENTIAL_PROBLEM_TEXTS[code](params);
}

/**
 * A schema validator's error as a problem's values: where, which rule of the schema, the values
 * that rule names (a missing or unknown property, the expected type, the allowed values, a limit),
 * and the validator's own sentence for the English text.
 */
export function shapeParams(error: ErrorObject): ProblemParams {
  const params: ProblemParams = {
    path: error.instancePath || '/',
    keyword: error.keyword,
    detail: error.message ?? 'is invalid',
  };
  const given = error.params as Record<string, unknown>;
  const named: Record<string, unknown> = {
    property: given.additionalProperty,
    missing: given.missingProperty,
    type: Array.isArray(given.type) ? given.type.join(', ') : given.type,
    allowed: Array.isArray(given.allowedValues)
      ? given.allowedValues.map((value) => JSON.stringify(value)).join(', ')
      : given.allowedValue === undefined
        ? undefined
        : JSON.stringify(given.allowedValue),
    limit: given.limit,
    comparison: given.comparison,
    pattern: given.pattern,
    format: given.format,
  };
  for (const [name, value] of Object.entries(named))
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  return params;
}
