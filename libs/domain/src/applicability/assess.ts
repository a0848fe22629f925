import type { Answers, AnswerValue, ProofKind, Question, Referential, Rule, Scenario } from '../referential/model.js';
import { questionnaireState } from './questionnaire.js';
import { evaluateRule, ruleVariables } from './rules.js';

export interface ProofAssessment {
  code: string;
  title: string;
  kinds: ProofKind[];
  /**
   * Required in every case. Proofs that belong to a case of the scenario (« cas de figure ») are
   * not required one by one: the proofs of one of the scenario's cases are (see `cases`).
   */
  required: boolean;
  /** French reason when the proof's requirement depends on an answer or on a case. */
  reason?: string;
  /** Keys of the scenario cases this proof belongs to. */
  cases?: string[];
}

export interface CaseAssessment {
  key: string;
  title: string;
  proofCodes: string[];
}

export interface ScenarioAssessment {
  code: string;
  requirementCode: string;
  /**
   * Whether the scenario applies. A scenario whose deciding answers are still missing counts as
   * applicable (nothing is waived until an answer waives it); `pendingQuestions` says which.
   */
  applicable: boolean;
  /** French sentences naming the answers that decided, in the order they were considered. */
  reasons: string[];
  /** Not applicable by one of its conditions, and the référentiel asks for a sworn declaration. */
  declarationRequired: boolean;
  /**
   * Not applicable because of an answer (one of its conditions), not because of the declared
   * profiles: such a waiver needs a written justification at least.
   */
  waivedByAnswer: boolean;
  /** Keys of unanswered questions this scenario's applicability or proofs depend on. */
  pendingQuestions: string[];
  proofs: ProofAssessment[];
  /** Alternative ways to prove the scenario: when present, the proofs of one case are expected. */
  cases: CaseAssessment[];
}

export interface Assessment {
  scenarios: ScenarioAssessment[];
  counts: {
    scenarios: number;
    applicable: number;
    notApplicable: number;
    declarationsRequired: number;
    pending: number;
  };
}

/** Everything about answers that assess needs, computed once per call. */
class AnswerContext {
  readonly relevant: Answers = {};
  private readonly notAsked = new Set<string>();
  private readonly waitingFor = new Map<string, string[]>();
  private readonly questions: Map<string, Question>;

  constructor(
    private readonly referential: Referential,
    answers: Answers,
  ) {
    this.questions = new Map(referential.questions.map((question) => [question.key, question]));
    for (const state of questionnaireState(referential, answers)) {
      if (state.answered) this.relevant[state.key] = answers[state.key];
    }
    // A follow-up not asked because its parent's answer rules it out reads as absent; one not asked
    // because its parent waits for an answer still waits (nothing is waived before an answer).
    for (const question of referential.questions) {
      const parents = question.askedWhen === undefined ? [] : ruleVariables(question.askedWhen);
      const decided = parents.every((key) => this.relevant[key] !== undefined);
      if (question.askedWhen === undefined) continue;
      if (!decided)
        this.waitingFor.set(
          question.key,
          parents.filter((key) => this.relevant[key] === undefined),
        );
      else if (!evaluateRule(question.askedWhen, this.relevant)) this.notAsked.add(question.key);
    }
  }

  /**
   * The keys a rule reads that still wait for an answer. A follow-up question that is not asked
   * (its parent answer makes it irrelevant) waits for nothing: the rule reads it as absent.
   */
  missing(rule: Rule): string[] {
    const keys = ruleVariables(rule).flatMap((key) => {
      if (this.relevant[key] !== undefined || this.notAsked.has(key)) return [];
      // A follow-up waiting for its parent's answer: the parent is the question to answer.
      const parents = this.waitingFor.get(key);
      return parents ?? [key];
    });
    return [...new Set(keys)];
  }

  label(key: string): string {
    return this.questions.get(key)?.label ?? key;
  }

  private valueLabel(key: string, value: AnswerValue): string {
    if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
    const options = this.questions.get(key)?.options ?? [];
    const labelOf = (item: string): string => options.find((option) => option.value === item)?.label ?? item;
    return Array.isArray(value) ? value.map(labelOf).join(', ') || 'aucun' : labelOf(value);
  }

  /** « réponse « Rôle vis-à-vis de l'identité » : Esclave » for each answer a rule read. */
  deciding(rule: Rule): string {
    const parts = ruleVariables(rule)
      .filter((key) => this.relevant[key] !== undefined)
      .map((key) => `réponse « ${this.label(key)} » : ${this.valueLabel(key, this.relevant[key])}`);
    return parts.length > 0 ? ` (${parts.join(' ; ')})` : '';
  }

  profileLabel(code: string): string {
    return this.referential.profiles.find((profile) => profile.code === code)?.label ?? code;
  }
}

function pendingReason(context: AnswerContext, keys: string[]): string {
  const labels = keys.map((key) => `« ${context.label(key)} »`).join(', ');
  return `À confirmer : répondez à ${labels} pour savoir si ce scénario s'applique.`;
}

function assessScenario(context: AnswerContext, requirementCode: string, scenario: Scenario): ScenarioAssessment {
  const reasons: string[] = [];
  const pending = new Set<string>();
  let applicable = true;
  let waivedByCondition = false;
  let declaredProfiles = '';

  const declared = context.relevant.profiles;
  const scenarioProfiles = scenario.profiles.map((code) => `« ${context.profileLabel(code)} »`).join(' ou ');
  if (!Array.isArray(declared)) {
    pending.add('profiles');
    reasons.push(pendingReason(context, ['profiles']));
  } else {
    const matching = scenario.profiles.filter((code) => declared.includes(code));
    if (matching.length === 0) {
      applicable = false;
      reasons.push(`Non applicable : le scénario relève du profil ${scenarioProfiles}, que le produit ne déclare pas.`);
    } else {
      declaredProfiles = matching.map((code) => `« ${context.profileLabel(code)} »`).join(', ');
      reasons.push(`Applicable : le produit déclare le profil ${declaredProfiles}.`);
    }
  }

  if (applicable) {
    const conditions = scenario.conditions ?? [];
    const failing = conditions.filter(
      (condition) => context.missing(condition.rule).length === 0 && !evaluateRule(condition.rule, context.relevant),
    );
    if (failing.length > 0) {
      // One failing condition decides, whatever else is still unanswered. The deciding reason
      // comes first; the declared profile follows as context, not as a contradicting « Applicable ».
      applicable = false;
      waivedByCondition = true;
      const before = reasons.splice(0);
      for (const condition of failing) {
        reasons.push(`Non applicable : ${condition.notApplicableReason}${context.deciding(condition.rule)}.`);
      }
      if (declaredProfiles)
        reasons.push(
          `Non applicable : le produit déclare bien le profil ${declaredProfiles}, mais la raison ci-dessus écarte ce scénario.`,
        );
      else reasons.push(...before);
    } else {
      for (const condition of conditions) {
        const missing = context.missing(condition.rule);
        if (missing.length > 0) {
          missing.forEach((key) => pending.add(key));
          reasons.push(pendingReason(context, missing));
        } else if (condition.applicableReason) {
          reasons.push(`Applicable : ${condition.applicableReason}${context.deciding(condition.rule)}.`);
        }
      }
    }
  }

  const cases = (scenario.cases ?? []).map(({ key, title, proofCodes }) => ({ key, title, proofCodes }));
  const proofs = scenario.proofs.map((proof): ProofAssessment => {
    const inCases = cases
      .filter((scenarioCase) => scenarioCase.proofCodes.includes(proof.code))
      .map((scenarioCase) => scenarioCase.key);
    const base = {
      code: proof.code,
      title: proof.title,
      kinds: proof.kinds,
      ...(inCases.length > 0 ? { cases: inCases } : {}),
    };
    if (!applicable) return { ...base, required: false };
    if (inCases.length > 0) {
      const titles = cases
        .filter((scenarioCase) => inCases.includes(scenarioCase.key))
        .map((scenarioCase) => scenarioCase.title);
      return { ...base, required: false, reason: `Requise si vous prouvez le scénario par : ${titles.join(' ou ')}.` };
    }
    if (proof.requiredWhen === undefined) return { ...base, required: true };
    const missing = context.missing(proof.requiredWhen);
    if (missing.length > 0) {
      missing.forEach((key) => pending.add(key));
      return {
        ...base,
        required: true,
        reason: `À confirmer : requise tant que ${missing.map((key) => `« ${context.label(key)} »`).join(', ')} n'a pas de réponse.`,
      };
    }
    return evaluateRule(proof.requiredWhen, context.relevant)
      ? {
          ...base,
          required: true,
          reason: `Requise : ${proof.requiredReason ?? 'selon vos réponses'}${context.deciding(proof.requiredWhen)}.`,
        }
      : { ...base, required: false, reason: `Non requise${context.deciding(proof.requiredWhen)}.` };
  });

  return {
    code: scenario.code,
    requirementCode,
    applicable,
    reasons,
    declarationRequired: waivedByCondition && scenario.declarationRequiredWhenNotApplicable,
    waivedByAnswer: waivedByCondition,
    pendingQuestions: [...pending],
    proofs,
    cases: applicable ? cases : [],
  };
}

/**
 * Which scenarios of a référentiel apply to a product, and why. Pure: the same référentiel and
 * answers always give the same assessment. Answers are expected to be validated already
 * (`validateAnswers`); follow-up answers whose parent answer makes them irrelevant are ignored.
 */
export function assess(referential: Referential, answers: Answers): Assessment {
  const context = new AnswerContext(referential, answers);
  const scenarios = referential.requirements.flatMap((requirement) =>
    requirement.scenarios.map((scenario) => assessScenario(context, requirement.code, scenario)),
  );
  const applicable = scenarios.filter((scenario) => scenario.applicable).length;
  return {
    scenarios,
    counts: {
      scenarios: scenarios.length,
      applicable,
      notApplicable: scenarios.length - applicable,
      declarationsRequired: scenarios.filter((scenario) => scenario.declarationRequired).length,
      pending: scenarios.filter((scenario) => scenario.pendingQuestions.length > 0).length,
    },
  };
}
