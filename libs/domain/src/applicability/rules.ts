import jsonLogic from 'json-logic-js';
import type { Answers, Rule } from '../referential/model.js';

/** Evaluates a JSON Logic rule over the answers; JSON Logic truthiness decides. */
export function evaluateRule(rule: Rule, answers: Answers): boolean {
  // json-logic-js's typings want its own expression type; our Rule is the same JSON shape.
  return jsonLogic.truthy(jsonLogic.apply(rule, answers));
}

/** The answer keys a rule reads (`{ var: "identityRole" }` → `identityRole`). */
export function ruleVariables(rule: Rule): string[] {
  if (typeof rule === 'boolean') return [];
  return [...new Set(jsonLogic.uses_data(rule as never).map((name) => String(name).split('.')[0]))].filter(
    (name) => name !== '',
  );
}

/** True when the rule is a JSON Logic expression json-logic-js knows how to run. */
export function isRunnableRule(rule: unknown): boolean {
  if (typeof rule === 'boolean') return true;
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return false;
  try {
    jsonLogic.apply(rule, {});
    return true;
  } catch {
    return false;
  }
}
