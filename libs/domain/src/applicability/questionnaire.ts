import type { AnswerValue, Answers, Question, Referential } from '../referential/model.js';
import { evaluateRule, ruleVariables } from './rules.js';

export const ANSWER_ERROR_CODES = [
  'UNKNOWN_QUESTION',
  'WRONG_TYPE',
  'VALUE_NOT_IN_OPTIONS',
  'DUPLICATE_VALUE',
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

export interface AnswerError {
  key: string;
  code: AnswerErrorCode;
  /** French message naming the question and what is expected. */
  message: string;
}

export interface AnswersValidation {
  errors: AnswerError[];
  /** The valid answers to questions that are asked, ready to store. */
  answers: Answers;
  /** Keys of follow-up answers dropped because their parent answer makes them irrelevant. */
  ignored: string[];
}

export interface QuestionState {
  key: string;
  asked: boolean;
  answered: boolean;
  /**
   * Whether to show the question: false when, for the declared profiles, its answer changes
   * nothing (every scenario that reads it belongs to profiles the product does not declare).
   * Answers to such questions are still accepted and kept.
   */
  shown: boolean;
}

const questionReaders = new WeakMap<Referential, Map<string, Set<string>>>();

/**
 * For each question, the profiles of the scenarios whose applicability or proofs read it; a
 * question read by a follow-up's `askedWhen` inherits the follow-up's profiles. A question no
 * scenario reads has no entry (it is always shown).
 */
function readersByQuestion(referential: Referential): Map<string, Set<string>> {
  const known = questionReaders.get(referential);
  if (known) return known;
  const readers = new Map<string, Set<string>>();
  const add = (key: string, profiles: Iterable<string>): boolean => {
    const set = readers.get(key) ?? new Set<string>();
    const size = set.size;
    for (const profile of profiles) set.add(profile);
    readers.set(key, set);
    return set.size !== size;
  };
  for (const requirement of referential.requirements) {
    for (const scenario of requirement.scenarios) {
      const rules = [
        ...(scenario.conditions ?? []).map((condition) => condition.rule),
        ...scenario.proofs.flatMap((proof) => (proof.requiredWhen === undefined ? [] : [proof.requiredWhen])),
      ];
      for (const key of new Set(rules.flatMap(ruleVariables))) add(key, scenario.profiles);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const question of referential.questions) {
      const own = readers.get(question.key);
      if (!own || question.askedWhen === undefined) continue;
      for (const parent of ruleVariables(question.askedWhen)) if (add(parent, [...own])) changed = true;
    }
  }
  readers.delete('profiles');
  questionReaders.set(referential, readers);
  return readers;
}

function describeExpected(question: Question): string {
  const values = question.options?.map((option) => `« ${option.value} »`).join(', ') ?? '';
  switch (question.type) {
    case 'boolean':
      return 'un booléen (true ou false)';
    case 'choice':
      return `une des valeurs ${values}`;
    case 'multi_choice':
      return `une liste de valeurs parmi ${values}`;
    default: {
      const exhaustive: never = question.type;
      return exhaustive;
    }
  }
}

function checkValue(question: Question, value: unknown): AnswerError | null {
  const wrongType = (): AnswerError => ({
    key: question.key,
    code: 'WRONG_TYPE',
    message: `La réponse à « ${question.label} » (${question.key}) doit être ${describeExpected(question)}.`,
  });
  const allowed = new Set(question.options?.map((option) => option.value));
  const outside = (found: string): AnswerError => ({
    key: question.key,
    code: 'VALUE_NOT_IN_OPTIONS',
    message: `« ${found} » n'est pas une réponse possible à « ${question.label} » (${question.key}) : attendu ${describeExpected(question)}.`,
  });
  switch (question.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : wrongType();
    case 'choice':
      if (typeof value !== 'string') return wrongType();
      return allowed.has(value) ? null : outside(value);
    case 'multi_choice': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return wrongType();
      const items = value as string[];
      const unknown = items.find((item) => !allowed.has(item));
      if (unknown !== undefined) return outside(unknown);
      if (items.length === 0) {
        return {
          key: question.key,
          code: 'VALUE_NOT_IN_OPTIONS',
          message: `Choisissez au moins une réponse à « ${question.label} » (${question.key}), ou retirez la clé pour la laisser sans réponse.`,
        };
      }
      if (new Set(items).size !== items.length) {
        return {
          key: question.key,
          code: 'DUPLICATE_VALUE',
          message: `La réponse à « ${question.label} » (${question.key}) contient une valeur en double.`,
        };
      }
      return null;
    }
    default: {
      const exhaustive: never = question.type;
      return exhaustive;
    }
  }
}

/**
 * Which questions are asked given the answers so far. Follow-ups are resolved in questionnaire
 * order: a question's `askedWhen` sees only the answers to questions that are themselves asked.
 */
export function questionnaireState(referential: Referential, answers: Answers): QuestionState[] {
  const relevant: Answers = {};
  return referential.questions.map((question) => {
    const asked = question.askedWhen === undefined || evaluateRule(question.askedWhen, relevant);
    const answered = asked && answers[question.key] !== undefined;
    if (answered) relevant[question.key] = answers[question.key];
    const profiles = answers.profiles;
    const readers = readersByQuestion(referential).get(question.key);
    const shown =
      asked && (!Array.isArray(profiles) || !readers || [...readers].some((profile) => profiles.includes(profile)));
    return { key: question.key, asked, answered, shown };
  });
}

/**
 * Validates raw answers against the questionnaire. Every error names its key; nothing is
 * accepted partly: callers store `answers` only when `errors` is empty.
 */
export function validateAnswers(referential: Referential, raw: Record<string, unknown>): AnswersValidation {
  const byKey = new Map(referential.questions.map((question) => [question.key, question]));
  const errors: AnswerError[] = [];
  const typed: Answers = {};
  for (const [key, value] of Object.entries(raw)) {
    const question = byKey.get(key);
    if (!question) {
      errors.push({
        key,
        code: 'UNKNOWN_QUESTION',
        message: `« ${key} » n'est pas une question du référentiel ${referential.code} ${referential.version}.`,
      });
      continue;
    }
    if (value === null || value === undefined) continue; // null clears an answer
    const error = checkValue(question, value);
    if (error) errors.push(error);
    else typed[key] = value as AnswerValue;
  }
  const answers: Answers = {};
  const ignored: string[] = [];
  for (const state of questionnaireState(referential, typed)) {
    if (state.answered) answers[state.key] = typed[state.key];
    else if (typed[state.key] !== undefined) ignored.push(state.key);
  }
  return { errors, answers, ignored };
}
