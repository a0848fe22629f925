import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import {
  canonicalJson,
  codeLevel,
  codeLookupKey,
  isWellFormedFreeCode,
  isRunnableRule,
  normalizeCode,
  ruleVariables,
  type Referential,
  type Rule,
} from '@preuve/domain';
import { referentialSchema } from './referential.schema.js';
import {
  referentialProblem as problem,
  referentialProblemText,
  shapeParams,
  type ReferentialProblem,
} from './referential-problems.js';

export interface LoadedReferential {
  referential: Referential;
  /** SHA-256 (hex) of the référentiel's canonical JSON: formatting of the file does not change it. */
  contentHash: string;
  /** The file it came from, for messages. */
  source: string;
}

/** A référentiel file that cannot be used, with every problem found (not just the first). */
export class ReferentialFileError extends Error {
  /** The problems' English texts. */
  readonly problems: string[];

  constructor(
    readonly source: string,
    readonly coded: ReferentialProblem[],
  ) {
    const problems = coded.map(referentialProblemText);
    super(`Invalid référentiel file ${source}:\n- ${problems.join('\n- ')}`);
    this.problems = problems;
    this.name = 'ReferentialFileError';
  }
}

const validateShape = new Ajv({ allErrors: true, strict: true }).compile<Referential>(referentialSchema);

function checkCode(
  problems: ReferentialProblem[],
  code: string,
  level: 'requirement' | 'scenario' | 'proof',
  parent: string | undefined,
  freeCodes: boolean,
): void {
  if (freeCodes) {
    // Ségur: codes as the REM writes them; a scenario or proof sits under its parent's code.
    if (!isWellFormedFreeCode(code)) problems.push(problem('CODE_NOT_WELL_FORMED', { level, code }));
  } else if (normalizeCode(code) !== code) problems.push(problem('CODE_NOT_CANONICAL', { level, code }));
  else if (codeLevel(code) !== level) problems.push(problem('CODE_WRONG_LEVEL', { level, code }));
  if (parent !== undefined && !code.startsWith(`${parent}.`))
    problems.push(problem('CODE_OUTSIDE_PARENT', { level, code, parent }));
}

/** Cross-references the schema cannot express: codes, profiles, rule variables, options. */
function consistencyProblems(referential: Referential): ReferentialProblem[] {
  const problems: ReferentialProblem[] = [];
  const questionKeys = new Set(referential.questions.map((question) => question.key));
  const profileCodes = new Set(referential.profiles.map((profile) => profile.code));
  const familyCodes = new Set(referential.families.map((family) => family.code));
  // Ségur REMs write codes their own way (`INS/va1.53`, `DB.SO.106`); DMN codes have one shape.
  const freeCodes = referential.programme === 'SEGUR';
  const seen = new Set<string>();
  const unique = (code: string): void => {
    // Two codes one lookup cannot tell apart (`INS/va1` and `INS.va1`) are the same code.
    const key = codeLookupKey(code) ?? code;
    if (seen.has(key)) problems.push(problem('CODE_TWICE', { code }));
    seen.add(key);
  };
  /** `where`: what holds the rule (`owner` question, condition or proof, its `code`, a condition's `index`). */
  const checkRule = (rule: Rule, where: Record<string, string | number>): void => {
    if (!isRunnableRule(rule)) problems.push(problem('RULE_NOT_JSON_LOGIC', where));
    for (const key of ruleVariables(rule)) {
      if (!questionKeys.has(key)) problems.push(problem('RULE_UNKNOWN_QUESTION', { ...where, key }));
    }
  };

  for (const question of referential.questions) {
    const hasOptions = question.options !== undefined;
    const { key } = question;
    if (question.type === 'boolean' && hasOptions) problems.push(problem('QUESTION_BOOLEAN_WITH_OPTIONS', { key }));
    if (question.type !== 'boolean' && !hasOptions) problems.push(problem('QUESTION_NEEDS_OPTIONS', { key }));
    if (question.askedWhen !== undefined) checkRule(question.askedWhen, { owner: 'question', code: key });
  }
  const profilesQuestion = referential.questions.find((question) => question.key === 'profiles');
  const offered = new Set(profilesQuestion?.options?.map((option) => option.value));
  if (!profilesQuestion || profilesQuestion.type !== 'multi_choice') {
    problems.push(problem('PROFILES_QUESTION_MISSING'));
  } else if (offered.size !== profileCodes.size || [...profileCodes].some((profile) => !offered.has(profile))) {
    problems.push(problem('PROFILES_OPTIONS_MISMATCH'));
  }

  for (const requirement of referential.requirements) {
    unique(requirement.code);
    checkCode(problems, requirement.code, 'requirement', undefined, freeCodes);
    const { code, family } = requirement;
    if (!familyCodes.has(family)) problems.push(problem('REQUIREMENT_UNKNOWN_FAMILY', { code, family }));
    if (!freeCodes && !code.startsWith(`${family} `))
      problems.push(problem('REQUIREMENT_OUTSIDE_FAMILY', { code, family }));
    for (const scenario of requirement.scenarios) {
      unique(scenario.code);
      checkCode(problems, scenario.code, 'scenario', requirement.code, freeCodes);
      for (const profile of scenario.profiles) {
        if (!profileCodes.has(profile))
          problems.push(problem('SCENARIO_UNKNOWN_PROFILE', { code: scenario.code, profile }));
      }
      scenario.conditions?.forEach((condition, index) =>
        checkRule(condition.rule, { owner: 'condition', code: scenario.code, index: index + 1 }),
      );
      const proofCodes = new Set(scenario.proofs.map((proof) => proof.code));
      for (const proof of scenario.proofs) {
        unique(proof.code);
        checkCode(problems, proof.code, 'proof', scenario.code, freeCodes);
        if (proof.requiredWhen !== undefined) checkRule(proof.requiredWhen, { owner: 'proof', code: proof.code });
      }
      for (const scenarioCase of scenario.cases ?? []) {
        for (const proofCode of scenarioCase.proofCodes) {
          if (!proofCodes.has(proofCode))
            problems.push(
              problem('CASE_UNKNOWN_PROOF', { code: scenario.code, case: scenarioCase.key, proof: proofCode }),
            );
        }
      }
    }
  }
  for (const code of referential.hosting?.requirementCodes ?? [])
    if (!seen.has(codeLookupKey(code) ?? code)) problems.push(problem('HOSTING_UNKNOWN_REQUIREMENT', { code }));
  problems.push(...segurProblems(referential, seen));
  return problems;
}

/** What a Ségur référentiel must carry beyond the tree, and cross-references within it. */
function segurProblems(referential: Referential, codeKeys: Set<string>): ReferentialProblem[] {
  const problems: ReferentialProblem[] = [];
  const segurOnly = [
    'couloir',
    'dispositif',
    'vague',
    'documents',
    'eligibility',
    'charter',
    'milestones',
    'homologations',
  ] as const;
  if (referential.programme !== 'SEGUR') {
    for (const field of segurOnly)
      if (referential[field] !== undefined) problems.push(problem('SEGUR_ONLY_FIELD', { field }));
    return problems;
  }
  for (const field of ['couloir', 'dispositif', 'vague', 'documents', 'eligibility', 'charter'] as const)
    if (referential[field] === undefined) problems.push(problem('SEGUR_FIELD_MISSING', { field }));
  const milestoneKeys = new Set<string>();
  for (const milestone of referential.milestones ?? []) {
    const { key } = milestone;
    if (milestoneKeys.has(key)) problems.push(problem('MILESTONE_TWICE', { key }));
    milestoneKeys.add(key);
    if ((milestone.dueAt === undefined) === (milestone.dueAfterDays === undefined))
      problems.push(problem('MILESTONE_DUE_ONE_OF', { key }));
  }
  const eligibilityKeys = new Set((referential.eligibility ?? []).map((question) => question.key));
  for (const question of referential.eligibility ?? []) {
    const { key } = question;
    if (question.type !== 'boolean' && question.options === undefined)
      problems.push(problem('ELIGIBILITY_NEEDS_OPTIONS', { key }));
    for (const variable of question.askedWhen === undefined ? [] : ruleVariables(question.askedWhen))
      if (!eligibilityKeys.has(variable)) problems.push(problem('ELIGIBILITY_UNKNOWN_QUESTION', { key, variable }));
  }
  const kinds = new Set<string>();
  for (const homologation of referential.homologations ?? []) {
    const { kind, inProgressUntil: milestone } = homologation;
    if (kinds.has(kind)) problems.push(problem('HOMOLOGATION_TWICE', { kind }));
    kinds.add(kind);
    for (const code of homologation.requirementCodes)
      if (!codeKeys.has(codeLookupKey(code) ?? code))
        problems.push(problem('HOMOLOGATION_UNKNOWN_REQUIREMENT', { kind, code }));
    if (milestone !== undefined && !milestoneKeys.has(milestone))
      problems.push(problem('HOMOLOGATION_UNKNOWN_MILESTONE', { kind, milestone }));
  }
  return problems;
}

export function contentHashOf(referential: Referential): string {
  return createHash('sha256').update(canonicalJson(referential)).digest('hex');
}

/** Parses and validates a référentiel from YAML (or JSON, which is YAML) text. */
export function parseReferential(text: string, source: string): LoadedReferential {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ReferentialFileError(source, [problem('REFERENTIAL_NOT_YAML', { detail: (error as Error).message })]);
  }
  if (!validateShape(data)) {
    // Ajv's message does not say which field is unknown: shapeParams names it, or the author has to guess.
    const problems = (validateShape.errors ?? []).map((error) => problem('REFERENTIAL_SHAPE', shapeParams(error)));
    throw new ReferentialFileError(source, problems);
  }
  const problems = consistencyProblems(data);
  if (problems.length > 0) throw new ReferentialFileError(source, problems);
  return { referential: data, contentHash: contentHashOf(data), source };
}

export function loadReferentialFile(path: string): LoadedReferential {
  return parseReferential(readFileSync(path, 'utf8'), path);
}

/** The folder of built-in référentiel files, found from this module whether run from source or from the bundle. */
export function builtInReferentialsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'libs', 'referentials', 'data');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find libs/referentials/data above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** Built-in référentiel files, in the order they are loaded. */
export const BUILT_IN_REFERENTIAL_FILES = [
  'dmn-1.2.2.yaml',
  'segur-mdv-lgc-v2.yaml',
  'segur-rad-drimbox-v2.yaml',
] as const;

export function loadBuiltInReferentials(): LoadedReferential[] {
  const dir = builtInReferentialsDir();
  return BUILT_IN_REFERENTIAL_FILES.map((file) => loadReferentialFile(join(dir, file)));
}
