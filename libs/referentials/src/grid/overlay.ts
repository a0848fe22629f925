import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { codeLookupKey, type Referential } from '@preuve/domain';
import { referentialSchema } from '../referential.schema.js';
import { ReferentialFileError, parseReferential, type LoadedReferential } from '../referential-loader.js';
import { profilesQuestion } from './grid-terms.js';
import { brokenRuleParams, overlayProblem, type OverlayProblem } from './grid-problem-codes.js';
import { shapeParams } from '../referential-problems.js';

/**
 * The overlay: what a grid cannot say, in the same language as the built-in référentiel files.
 * Questions (JSON Logic `askedWhen`), and per scenario or proof code the applicability rules,
 * cases and clarifications. Without a `profiles` question the one made from the grid stays first.
 *
 * ```yaml
 * questions:
 *   - { key: usesFhirApi, label: Utilisez-vous l'API FHIR ?, type: boolean }
 * scenarios:
 *   ANN 1.1:
 *     conditions: [{ rule: { "==": [{ var: usesFhirApi }, true] }, notApplicableReason: … }]
 *     declarationRequiredWhenNotApplicable: true
 * proofs:
 *   ANN 1.1.1: { requiredWhen: { var: usesFhirApi }, requiredReason: …, kinds: [logs] }
 * ```
 */
const scenarioProperties = referentialSchema.properties.requirements.items.properties.scenarios.items.properties;
const proofProperties = scenarioProperties.proofs.items.properties;

export const overlaySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    notice: referentialSchema.properties.notice,
    publishedOn: referentialSchema.properties.publishedOn,
    families: referentialSchema.properties.families,
    questions: referentialSchema.properties.questions,
    // Ségur: what the REM grid does not carry (the loader refuses them on a DMN référentiel).
    documents: referentialSchema.properties.documents,
    eligibility: referentialSchema.properties.eligibility,
    charter: referentialSchema.properties.charter,
    milestones: referentialSchema.properties.milestones,
    homologations: referentialSchema.properties.homologations,
    scenarios: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          description: scenarioProperties.description,
          conditions: scenarioProperties.conditions,
          declarationRequiredWhenNotApplicable: scenarioProperties.declarationRequiredWhenNotApplicable,
          cases: scenarioProperties.cases,
          clarifications: scenarioProperties.clarifications,
        },
      },
    },
    proofs: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          description: proofProperties.description,
          kinds: proofProperties.kinds,
          requiredWhen: proofProperties.requiredWhen,
          requiredReason: proofProperties.requiredReason,
          mediaTypes: proofProperties.mediaTypes,
        },
      },
    },
  },
} as const;

type ScenarioPatch = Partial<
  Pick<
    Referential['requirements'][number]['scenarios'][number],
    'description' | 'conditions' | 'declarationRequiredWhenNotApplicable' | 'cases' | 'clarifications'
  >
>;
type ProofPatch = Partial<
  Pick<
    Referential['requirements'][number]['scenarios'][number]['proofs'][number],
    'description' | 'kinds' | 'requiredWhen' | 'requiredReason' | 'mediaTypes'
  >
>;
interface Overlay {
  notice?: string;
  publishedOn?: string;
  families?: Referential['families'];
  questions?: Referential['questions'];
  documents?: Referential['documents'];
  eligibility?: Referential['eligibility'];
  charter?: Referential['charter'];
  milestones?: Referential['milestones'];
  homologations?: Referential['homologations'];
  scenarios?: Record<string, ScenarioPatch>;
  proofs?: Record<string, ProofPatch>;
}

const validateOverlay = new Ajv({ allErrors: true, strict: true }).compile<Overlay>(overlaySchema);

/** An overlay that cannot be attached, with every problem found. */
export class OverlayInvalidError extends Error {
  /** The English texts, as `details.problems` has always given them. */
  readonly problems: string[];

  constructor(readonly overlayProblems: OverlayProblem[]) {
    const problems = overlayProblems.map((problem) => problem.message);
    super(`The overlay cannot be attached: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}`);
    this.problems = problems;
    this.name = 'OverlayInvalidError';
  }
}

/**
 * The grid's tree with the overlay applied, checked as a whole like a built-in file (every rule
 * names a question, every profile exists…). Overlays apply to the tree as imported: attaching a
 * second overlay replaces the first.
 */
export function applyOverlay(base: Referential, text: string, source: string): LoadedReferential {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new OverlayInvalidError([
      overlayProblem('OVERLAY_NOT_YAML', { detail: (error as Error).message.split('\n')[0] }),
    ]);
  }
  if (data === null || data === undefined) data = {};
  if (!validateOverlay(data)) {
    throw new OverlayInvalidError(
      (validateOverlay.errors ?? []).map((error) => overlayProblem('OVERLAY_SCHEMA', shapeParams(error))),
    );
  }
  const overlay = data;
  const problems: OverlayProblem[] = [];
  const referential: Referential = structuredClone(base);
  // Keyed by lookup key: `ANN.1.1` finds `ANN 1.1`, `ins va1.53.1` finds the REM's `INS/va1.53.1`.
  const key = (code: string): string => codeLookupKey(code) ?? code;
  const scenarios = new Map(
    referential.requirements.flatMap((requirement) => requirement.scenarios).map((s) => [key(s.code), s]),
  );
  const proofs = new Map([...scenarios.values()].flatMap((scenario) => scenario.proofs).map((p) => [key(p.code), p]));
  for (const [rawCode, patch] of Object.entries(overlay.scenarios ?? {})) {
    const scenario = scenarios.get(key(rawCode));
    if (!scenario) problems.push(overlayProblem('OVERLAY_UNKNOWN_SCENARIO', { code: rawCode }));
    else Object.assign(scenario, patch);
  }
  for (const [rawCode, patch] of Object.entries(overlay.proofs ?? {})) {
    const proof = proofs.get(key(rawCode));
    if (!proof) problems.push(overlayProblem('OVERLAY_UNKNOWN_PROOF', { code: rawCode }));
    else Object.assign(proof, patch);
  }
  if (overlay.notice) referential.notice = overlay.notice;
  if (overlay.publishedOn) referential.publishedOn = overlay.publishedOn;
  for (const field of ['documents', 'eligibility', 'charter', 'milestones', 'homologations'] as const)
    if (overlay[field] !== undefined) Object.assign(referential, { [field]: overlay[field] });
  for (const family of overlay.families ?? []) {
    const known = referential.families.find((candidate) => candidate.code === family.code);
    if (!known) problems.push(overlayProblem('OVERLAY_UNKNOWN_FAMILY', { code: family.code }));
    else known.title = family.title;
  }
  if (overlay.questions) {
    const own = overlay.questions.some((question) => question.key === 'profiles');
    referential.questions = own ? overlay.questions : [profilesQuestion(referential.profiles), ...overlay.questions];
  }
  if (problems.length > 0) throw new OverlayInvalidError(problems);
  try {
    return parseReferential(JSON.stringify(referential), source);
  } catch (error) {
    if (error instanceof ReferentialFileError)
      throw new OverlayInvalidError(
        error.coded.map((rule) => overlayProblem('OVERLAY_REFERENTIAL_RULE', brokenRuleParams(rule))),
      );
    throw error;
  }
}
