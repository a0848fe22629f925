/**
 * The référentiel model: requirement → scenario → proof, plus the applicability questionnaire.
 * Pure data: a référentiel is loaded from a data file, validated, then treated as immutable.
 */

export const PROGRAMMES = ['DMN', 'SEGUR'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const NATURES = ['DOIT', 'DEVRAIT'] as const;
export type Nature = (typeof NATURES)[number];

export const PROOF_KINDS = ['video', 'screenshot', 'document', 'logs', 'flow'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

/** A JSON Logic expression (https://jsonlogic.com) evaluated over the questionnaire answers. */
export type Rule = boolean | { [operator: string]: unknown };

export const QUESTION_TYPES = ['boolean', 'choice', 'multi_choice'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionOption {
  value: string;
  /** French label shown to the vendor. */
  label: string;
}

export interface Question {
  /** Stable key used in the answers object (`identityRole`). */
  key: string;
  /** French label of the question. */
  label: string;
  /** French help text: what the question means, with an example. */
  help?: string;
  type: QuestionType;
  /** Allowed values, for `choice` and `multi_choice`. */
  options?: QuestionOption[];
  /**
   * A follow-up question is asked only when this rule holds over the other answers
   * (e.g. `identityRole` only when the product declares the identity-referential profile).
   * Absent: always asked.
   */
  askedWhen?: Rule;
}

export interface Profile {
  /** Stable code, e.g. `patient_access`; also a value of the `profiles` question. */
  code: string;
  /** French label, e.g. « Accès Usager ». */
  label: string;
}

/**
 * One condition of a scenario's applicability: the scenario applies only when every condition's
 * rule holds. When one fails, its `notApplicableReason` is what the vendor reads.
 */
export interface ApplicabilityCondition {
  rule: Rule;
  /** French sentence naming the deciding fact, e.g. « la solution est esclave de l'identité ». */
  notApplicableReason: string;
  /** French sentence shown when the condition holds, e.g. « la fiche patient nomme le médecin traitant ». */
  applicableReason?: string;
  /** Where the condition comes from, shown to the reviewer (e.g. « FAQ ANS »). */
  source?: string;
}

export interface Proof {
  /** Canonical code, e.g. `ANN 2.1.2`; extra proofs added by a clarification carry a suffix (`ANN 2.1.2-LOGS`). */
  code: string;
  /** French title in our own words. */
  title: string;
  /** What the vendor should show, in French. */
  description?: string;
  kinds: ProofKind[];
  /** The proof is required only when this rule holds; absent: always required when the scenario applies. */
  requiredWhen?: Rule;
  /** French reason shown when `requiredWhen` makes it required, e.g. « le produit utilise l'API FHIR ». */
  requiredReason?: string;
  /** Accepted media types; absent: those of its kinds. */
  mediaTypes?: string[];
}

export interface ScenarioCase {
  key: string;
  /** French title of the case (« Cas n°1 : … »). */
  title: string;
  description?: string;
  /** Codes of the proofs this case relies on. */
  proofCodes: string[];
}

export interface Clarification {
  /** French note shown on the scenario, in our own words. */
  text: string;
  /** Where it comes from (« FAQ ANS »). */
  source: string;
}

export interface Scenario {
  /** Canonical code, e.g. `ANN 2.1`. */
  code: string;
  title: string;
  description?: string;
  /** Profile codes this scenario belongs to; it applies only to products that declare one of them. */
  profiles: string[];
  /** Extra conditions, all of which must hold for the scenario to apply. */
  conditions?: ApplicabilityCondition[];
  /** When the scenario does not apply by one of its conditions, a sworn declaration replaces the proofs. */
  declarationRequiredWhenNotApplicable: boolean;
  cases?: ScenarioCase[];
  clarifications?: Clarification[];
  proofs: Proof[];
}

export interface Requirement {
  /** Canonical code, e.g. `ANN 2`. */
  code: string;
  /** Family code, e.g. `ANN`, `ApCV`. */
  family: string;
  /** Section of the référentiel the requirement sits in (French). */
  section: string;
  title: string;
  /** The requirement in our own words (French). */
  statement: string;
  nature: Nature;
  scenarios: Scenario[];
}

export interface Family {
  code: string;
  title: string;
}

export interface Referential {
  programme: Programme;
  code: string;
  version: string;
  title: string;
  /** Publication date of the source document (YYYY-MM-DD). */
  publishedOn?: string;
  /** French notice, e.g. that this is a working copy until the official grid is imported. */
  notice?: string;
  families: Family[];
  profiles: Profile[];
  questions: Question[];
  requirements: Requirement[];
}

/** Answers to the questionnaire: a key per question. */
export type AnswerValue = boolean | string | string[];
export type Answers = Record<string, AnswerValue>;
