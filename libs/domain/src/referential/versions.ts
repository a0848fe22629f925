import { validateAnswers } from '../applicability/questionnaire.js';
import { canonicalJson } from '../canonical-json.js';
import type { Answers, Proof, Referential, Requirement, Scenario } from './model.js';
export { compareVersions } from './version-order.js';

/**
 * Référentiel versions compared: what a new version adds, removes and changes at each level, and
 * what of a dossier follows it when the vendor moves the dossier to that version.
 */

export type Level = 'requirements' | 'scenarios' | 'proofs';

export interface LevelCodes {
  requirements: string[];
  scenarios: string[];
  proofs: string[];
}

export interface FieldChange {
  level: Level;
  code: string;
  /** The fields whose value differs (children excluded: a scenario's proofs are compared as proofs). */
  fields: string[];
}

export interface ReferentialDiff {
  added: LevelCodes;
  removed: LevelCodes;
  changed: LevelCodes;
  /** For each changed code, which of its fields changed. */
  changes: FieldChange[];
}

type Item = Requirement | Scenario | Proof;

function byCode(referential: Referential): Record<Level, Map<string, Item>> {
  const requirements = new Map<string, Item>();
  const scenarios = new Map<string, Item>();
  const proofs = new Map<string, Item>();
  for (const requirement of referential.requirements) {
    requirements.set(requirement.code, requirement);
    for (const scenario of requirement.scenarios) {
      scenarios.set(scenario.code, scenario);
      for (const proof of scenario.proofs) proofs.set(proof.code, proof);
    }
  }
  return { requirements, scenarios, proofs };
}

const CHILDREN: Record<Level, string | null> = { requirements: 'scenarios', scenarios: 'proofs', proofs: null };

function changedFields(level: Level, before: Item, after: Item): string[] {
  const skip = CHILDREN[level];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((key) => key !== skip));
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return [...keys].filter((key) => canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null)).sort();
}

/** What `to` adds, removes and changes relative to `from`, codes in the order of the version that has them. */
export function diffReferentials(from: Referential, to: Referential): ReferentialDiff {
  const before = byCode(from);
  const after = byCode(to);
  const diff: ReferentialDiff = {
    added: { requirements: [], scenarios: [], proofs: [] },
    removed: { requirements: [], scenarios: [], proofs: [] },
    changed: { requirements: [], scenarios: [], proofs: [] },
    changes: [],
  };
  for (const level of ['requirements', 'scenarios', 'proofs'] as const) {
    for (const [code, item] of after[level]) {
      const previous = before[level].get(code);
      if (!previous) diff.added[level].push(code);
      else {
        const fields = changedFields(level, previous, item);
        if (fields.length > 0) {
          diff.changed[level].push(code);
          diff.changes.push({ level, code, fields });
        }
      }
    }
    for (const code of before[level].keys()) if (!after[level].has(code)) diff.removed[level].push(code);
  }
  return diff;
}

export type AttentionKind = 'evidence' | 'declaration' | 'answer' | 'new_scenario' | 'changed_scenario';

export interface AttentionItem {
  kind: AttentionKind;
  /** A proof code (evidence), a scenario code (declaration, new or changed scenario) or a question key (answer). */
  code: string;
  /** French sentence the vendor reads. */
  reason: string;
}

export interface MovePlan {
  /** What follows the dossier: proof codes of its evidence, scenario codes of its declarations. */
  carried: { evidence: string[]; declarations: string[] };
  needsAttention: AttentionItem[];
  /** The answers the dossier keeps, valid for the new version. */
  answers: Answers;
}

export interface MoveInput {
  from: Referential;
  to: Referential;
  /** Proof codes that have evidence in the dossier. */
  evidenceProofs: Iterable<string>;
  /** Scenario codes that have a sworn declaration in the dossier. */
  declaredScenarios: Iterable<string>;
  answers: Answers;
}

/** Codes, each once and sorted, split into those `kept` still has and those it has lost. */
function partitionCodes(codes: Iterable<string>, kept: { has(code: string): boolean }): [string[], string[]] {
  const sorted = [...new Set(codes)].sort();
  return [sorted.filter((code) => kept.has(code)), sorted.filter((code) => !kept.has(code))];
}

/**
 * What a dossier keeps when it moves from one version to another. Evidence follows where its
 * proof code still exists, a declaration where its scenario code does; the rest is listed as
 * needing attention (it stays in the dossier's history, outside the new tree), with the answers
 * the new questionnaire no longer accepts, the scenarios that are new, and those whose wording or
 * expected proofs changed.
 */
export function planMove(input: MoveInput): MovePlan {
  const target = byCode(input.to);
  const diff = diffReferentials(input.from, input.to);
  const [evidence, lostProofs] = partitionCodes(input.evidenceProofs, target.proofs);
  const [declarations, lostScenarios] = partitionCodes(input.declaredScenarios, target.scenarios);
  const carried = { evidence, declarations };
  const needsAttention: AttentionItem[] = [
    ...lostProofs.map((code): AttentionItem => ({
      kind: 'evidence',
      code,
      reason: `La preuve ${code} n'existe plus dans la version ${input.to.version} : ses fichiers restent dans l'historique du dossier.`,
    })),
    ...lostScenarios.map((code): AttentionItem => ({
      kind: 'declaration',
      code,
      reason: `Le scénario ${code} n'existe plus dans la version ${input.to.version} : sa déclaration sur l'honneur ne s'applique plus.`,
    })),
  ];
  // Multiple-choice answers keep the values the new version still offers.
  const offered = new Map(
    input.to.questions
      .filter((question) => question.type === 'multi_choice')
      .map((question) => [question.key, new Set(question.options?.map((option) => option.value))]),
  );
  const trimmed: Answers = {};
  for (const [key, value] of Object.entries(input.answers)) {
    const options = offered.get(key);
    if (options && Array.isArray(value)) {
      const kept = value.filter((item) => options.has(item));
      for (const dropped of value.filter((item) => !options.has(item)))
        needsAttention.push({
          kind: 'answer',
          code: key,
          reason: `La réponse « ${dropped} » à la question ${key} n'existe plus dans la version ${input.to.version}.`,
        });
      trimmed[key] = kept;
    } else trimmed[key] = value;
  }
  const validation = validateAnswers(input.to, trimmed);
  for (const error of validation.errors)
    needsAttention.push({ kind: 'answer', code: error.key, reason: error.message });
  for (const code of diff.added.scenarios)
    needsAttention.push({ kind: 'new_scenario', code, reason: `Scénario ajouté par la version ${input.to.version}.` });
  // A scenario kept by the new version needs a look when its own wording changed, or when the
  // proofs it expects did (one added, removed or reworded): the evidence given may no longer answer.
  const changedProofs = new Set(diff.changed.proofs);
  const proofsOf = (referential: Referential): Map<string, string[]> =>
    new Map(
      referential.requirements.flatMap((requirement) =>
        requirement.scenarios.map((scenario) => [scenario.code, scenario.proofs.map((proof) => proof.code)] as const),
      ),
    );
  const before = proofsOf(input.from);
  const reworded = new Set(diff.changed.scenarios);
  for (const [code, proofs] of proofsOf(input.to)) {
    const previous = before.get(code);
    if (previous === undefined) continue;
    const added = proofs.filter((proof) => !previous.includes(proof));
    const removed = previous.filter((proof) => !proofs.includes(proof));
    const changed = proofs.filter((proof) => changedProofs.has(proof));
    if (!reworded.has(code) && added.length + removed.length + changed.length === 0) continue;
    const what = [
      reworded.has(code) ? 'son énoncé' : null,
      added.length > 0 ? `preuve(s) ajoutée(s) : ${added.join(', ')}` : null,
      removed.length > 0 ? `preuve(s) retirée(s) : ${removed.join(', ')}` : null,
      changed.length > 0 ? `preuve(s) modifiée(s) : ${changed.join(', ')}` : null,
    ].filter((part) => part !== null);
    needsAttention.push({
      kind: 'changed_scenario',
      code,
      reason: `Le scénario ${code} a changé dans la version ${input.to.version} (${what.join(' ; ')}) : vérifiez que les preuves répondent toujours.`,
    });
  }
  return { carried, needsAttention, answers: validation.answers };
}
