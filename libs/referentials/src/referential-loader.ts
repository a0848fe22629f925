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

export interface LoadedReferential {
  referential: Referential;
  /** SHA-256 (hex) of the référentiel's canonical JSON: formatting of the file does not change it. */
  contentHash: string;
  /** The file it came from, for messages. */
  source: string;
}

/** A référentiel file that cannot be used, with every problem found (not just the first). */
export class ReferentialFileError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Invalid référentiel file ${source}:\n- ${problems.join('\n- ')}`);
    this.name = 'ReferentialFileError';
  }
}

const validateShape = new Ajv({ allErrors: true, strict: true }).compile<Referential>(referentialSchema);

function checkCode(
  problems: string[],
  code: string,
  level: 'requirement' | 'scenario' | 'proof',
  parent: string | undefined,
  freeCodes: boolean,
): void {
  if (freeCodes) {
    // Ségur: codes as the REM writes them; a scenario or proof sits under its parent's code.
    if (!isWellFormedFreeCode(code)) problems.push(`${level} code « ${code} » is not a well-formed code`);
  } else if (normalizeCode(code) !== code) problems.push(`${level} code « ${code} » is not in canonical form`);
  else if (codeLevel(code) !== level) problems.push(`« ${code} » is not a ${level} code`);
  if (parent !== undefined && !code.startsWith(`${parent}.`))
    problems.push(`${level} « ${code} » does not sit under « ${parent} »`);
}

/** Cross-references the schema cannot express: codes, profiles, rule variables, options. */
function consistencyProblems(referential: Referential): string[] {
  const problems: string[] = [];
  const questionKeys = new Set(referential.questions.map((question) => question.key));
  const profileCodes = new Set(referential.profiles.map((profile) => profile.code));
  const familyCodes = new Set(referential.families.map((family) => family.code));
  // Ségur REMs write codes their own way (`INS/va1.53`, `DB.SO.106`); DMN codes have one shape.
  const freeCodes = referential.programme === 'SEGUR';
  const seen = new Set<string>();
  const unique = (code: string): void => {
    // Two codes one lookup cannot tell apart (`INS/va1` and `INS.va1`) are the same code.
    const key = codeLookupKey(code) ?? code;
    if (seen.has(key)) problems.push(`code « ${code} » is used twice`);
    seen.add(key);
  };
  const checkRule = (rule: Rule, where: string): void => {
    if (!isRunnableRule(rule)) problems.push(`${where}: the rule is not a JSON Logic expression`);
    for (const key of ruleVariables(rule)) {
      if (!questionKeys.has(key)) problems.push(`${where}: the rule reads « ${key} », which is not a question`);
    }
  };

  for (const question of referential.questions) {
    const hasOptions = question.options !== undefined;
    if (question.type === 'boolean' && hasOptions)
      problems.push(`question « ${question.key} » is boolean but lists options`);
    if (question.type !== 'boolean' && !hasOptions) problems.push(`question « ${question.key} » needs options`);
    if (question.askedWhen !== undefined) checkRule(question.askedWhen, `question « ${question.key} »`);
  }
  const profilesQuestion = referential.questions.find((question) => question.key === 'profiles');
  const offered = new Set(profilesQuestion?.options?.map((option) => option.value));
  if (!profilesQuestion || profilesQuestion.type !== 'multi_choice') {
    problems.push('the questionnaire needs a multi_choice question « profiles »');
  } else if (offered.size !== profileCodes.size || [...profileCodes].some((profile) => !offered.has(profile))) {
    problems.push('the options of « profiles » must be exactly the référentiel profiles');
  }

  for (const requirement of referential.requirements) {
    unique(requirement.code);
    checkCode(problems, requirement.code, 'requirement', undefined, freeCodes);
    if (!familyCodes.has(requirement.family))
      problems.push(`requirement « ${requirement.code} »: unknown family « ${requirement.family} »`);
    if (!freeCodes && !requirement.code.startsWith(`${requirement.family} `))
      problems.push(`requirement « ${requirement.code} » is not in family « ${requirement.family} »`);
    for (const scenario of requirement.scenarios) {
      unique(scenario.code);
      checkCode(problems, scenario.code, 'scenario', requirement.code, freeCodes);
      for (const profile of scenario.profiles) {
        if (!profileCodes.has(profile)) problems.push(`scenario « ${scenario.code} »: unknown profile « ${profile} »`);
      }
      scenario.conditions?.forEach((condition, index) =>
        checkRule(condition.rule, `scenario « ${scenario.code} » condition ${index + 1}`),
      );
      const proofCodes = new Set(scenario.proofs.map((proof) => proof.code));
      for (const proof of scenario.proofs) {
        unique(proof.code);
        checkCode(problems, proof.code, 'proof', scenario.code, freeCodes);
        if (proof.requiredWhen !== undefined) checkRule(proof.requiredWhen, `proof « ${proof.code} »`);
      }
      for (const scenarioCase of scenario.cases ?? []) {
        for (const proofCode of scenarioCase.proofCodes) {
          if (!proofCodes.has(proofCode))
            problems.push(
              `scenario « ${scenario.code} » case « ${scenarioCase.key} » names unknown proof « ${proofCode} »`,
            );
        }
      }
    }
  }
  for (const code of referential.hosting?.requirementCodes ?? [])
    if (!seen.has(codeLookupKey(code) ?? code)) problems.push(`hosting names unknown requirement « ${code} »`);
  problems.push(...segurProblems(referential, seen));
  return problems;
}

/** What a Ségur référentiel must carry beyond the tree, and cross-references within it. */
function segurProblems(referential: Referential, codeKeys: Set<string>): string[] {
  const problems: string[] = [];
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
      if (referential[field] !== undefined) problems.push(`« ${field} » belongs to Ségur référentiels only`);
    return problems;
  }
  for (const field of ['couloir', 'dispositif', 'vague', 'documents', 'eligibility', 'charter'] as const)
    if (referential[field] === undefined) problems.push(`a Ségur référentiel needs « ${field} »`);
  const milestoneKeys = new Set<string>();
  for (const milestone of referential.milestones ?? []) {
    if (milestoneKeys.has(milestone.key)) problems.push(`milestone « ${milestone.key} » is listed twice`);
    milestoneKeys.add(milestone.key);
    if ((milestone.dueAt === undefined) === (milestone.dueAfterDays === undefined))
      problems.push(`milestone « ${milestone.key} » needs exactly one of dueAt and dueAfterDays`);
  }
  const eligibilityKeys = new Set((referential.eligibility ?? []).map((question) => question.key));
  for (const question of referential.eligibility ?? []) {
    if (question.type !== 'boolean' && question.options === undefined)
      problems.push(`eligibility question « ${question.key} » needs options`);
    for (const key of question.askedWhen === undefined ? [] : ruleVariables(question.askedWhen))
      if (!eligibilityKeys.has(key))
        problems.push(
          `eligibility question « ${question.key} » reads « ${key} », which is not an eligibility question`,
        );
  }
  const kinds = new Set<string>();
  for (const homologation of referential.homologations ?? []) {
    if (kinds.has(homologation.kind)) problems.push(`homologation « ${homologation.kind} » is listed twice`);
    kinds.add(homologation.kind);
    for (const code of homologation.requirementCodes)
      if (!codeKeys.has(codeLookupKey(code) ?? code))
        problems.push(`homologation « ${homologation.kind} » names unknown requirement « ${code} »`);
    if (homologation.inProgressUntil !== undefined && !milestoneKeys.has(homologation.inProgressUntil))
      problems.push(
        `homologation « ${homologation.kind} » names unknown milestone « ${homologation.inProgressUntil} »`,
      );
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
    throw new ReferentialFileError(source, [`not valid YAML: ${(error as Error).message}`]);
  }
  if (!validateShape(data)) {
    const problems = (validateShape.errors ?? []).map((error) => {
      // Ajv's message does not say which field is unknown: name it, or the author has to guess.
      const unknownField =
        error.keyword === 'additionalProperties' ? `: « ${String(error.params.additionalProperty)} »` : '';
      return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${unknownField}`;
    });
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
