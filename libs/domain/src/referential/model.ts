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

/** The documents a Ségur référentiel is published with (DSR, REM, AF). */
export const SEGUR_DOCUMENT_KINDS = ['DSR', 'REM', 'AF'] as const;
export type SegurDocumentKind = (typeof SEGUR_DOCUMENT_KINDS)[number];

export interface ReferentialDocument {
  kind: SegurDocumentKind;
  /** The document's name as published (in our own words when it is a working copy). */
  name: string;
  version: string;
  /** Publication date (YYYY-MM-DD). */
  publishedOn?: string;
}

/**
 * A campaign date of a référentiel (jalon): an absolute date (`dueAt`) or a delay counted from
 * an event of the dossier (`dueAfterDays`, e.g. answering a change request).
 */
export interface Milestone {
  /** Stable key: `application_end`, `proofs_due`, `change_request_answer`. */
  key: string;
  /** French label. */
  label: string;
  /** ISO 8601 date-time. */
  dueAt?: string;
  dueAfterDays?: number;
}

/** A prerequisite homologation some requirements ask for (e.g. CNDA for the INSi or DMP integration). */
export interface HomologationRequirement {
  /** Stable key, e.g. `cnda_insi`. */
  kind: string;
  /** French label. */
  label: string;
  /** Codes of the requirements that name it. */
  requirementCodes: string[];
  /** Key of the milestone until which « in progress » (pre-examination) stands in for the grant. */
  inProgressUntil?: string;
}

/** Which requirements make the product's HDS hosting a condition of submission. */
export interface HostingRequirement {
  requirementCodes: string[];
}

/** The Charte de référencement a person empowered to commit the vendor accepts (phase 1). */
export interface Charter {
  version: string;
  /** The text accepted (French); its SHA-256 is kept with each acceptance. */
  text: string;
}

export interface Referential {
  programme: Programme;
  code: string;
  version: string;
  title: string;
  /** Ségur: the couloir (e.g. `MDV`, médecins de ville), dispositif (`LGC`) and vague (`2`). */
  couloir?: string;
  dispositif?: string;
  vague?: string;
  /** Ségur: the documents this référentiel comes from (DSR, REM, AF). */
  documents?: ReferentialDocument[];
  /** Ségur: the eligibility form of the administrative dossier (phase 1). */
  eligibility?: Question[];
  charter?: Charter;
  /** Ségur: the campaign's dates, as published (an authority may set newer ones). */
  milestones?: Milestone[];
  homologations?: HomologationRequirement[];
  /**
   * HDS hosting: when one of these requirements applies to a dossier, the product's hosting must
   * be declared under HDS certificates (or an exemption) and none of them expired at submission.
   */
  hosting?: HostingRequirement;
  /** Publication date of the source document (YYYY-MM-DD). */
  publishedOn?: string;
  /** French notice, e.g. that this is a working copy until the official grid is imported. */
  notice?: string;
  /**
   * The référentiel asks, at submission, for a conformity text (how the product meets the
   * scenario, in the vendor's words) on every applicable scenario.
   */
  conformityTextRequired?: boolean;
  families: Family[];
  profiles: Profile[];
  questions: Question[];
  requirements: Requirement[];
}

/** Answers to the questionnaire: a key per question. */
export type AnswerValue = boolean | string | string[];
export type Answers = Record<string, AnswerValue>;
