import type { ScenarioAssessment } from '../applicability/assess.js';

export interface ScenarioCompleteness {
  /** The scenario asks for something: it applies, or a sworn declaration replaces it. */
  needed: boolean;
  /** Nothing is missing (a scenario that asks for nothing is satisfied). */
  satisfied: boolean;
  /** Codes of the expected proofs that have no evidence yet, in référentiel order. */
  missingProofs: string[];
  missingDeclaration: boolean;
}

export interface CompletenessCounts {
  /** Scenarios that apply. */
  applicable: number;
  /** Scenarios that ask for something and have it. */
  satisfied: number;
  /** Scenarios that ask for something still missing. */
  missing: number;
}

/**
 * What a scenario still lacks. An applicable scenario needs evidence for each required proof
 * and, when it has cases, for every proof of one case (the case closest to complete is the one
 * reported as missing). A scenario waived by a condition that calls for a sworn declaration
 * needs the declaration.
 */
export function scenarioCompleteness(
  scenario: ScenarioAssessment,
  evidenced: ReadonlySet<string>,
  hasDeclaration: boolean,
): ScenarioCompleteness {
  if (!scenario.applicable) {
    const needed = scenario.declarationRequired;
    return {
      needed,
      satisfied: !needed || hasDeclaration,
      missingProofs: [],
      missingDeclaration: needed && !hasDeclaration,
    };
  }
  const missing = scenario.proofs
    .filter((proof) => proof.required && !evidenced.has(proof.code))
    .map((proof) => proof.code);
  if (scenario.cases.length > 0) {
    // The case closest to complete: fewest proofs missing, then most already provided.
    const gaps = scenario.cases.map((scenarioCase) => ({
      missing: scenarioCase.proofCodes.filter((code) => !evidenced.has(code)),
      provided: scenarioCase.proofCodes.filter((code) => evidenced.has(code)).length,
    }));
    const closest = gaps.reduce((best, gap) =>
      gap.missing.length < best.missing.length ||
      (gap.missing.length === best.missing.length && gap.provided > best.provided)
        ? gap
        : best,
    ).missing;
    const order = scenario.proofs.map((proof) => proof.code);
    missing.push(...closest);
    missing.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return { needed: true, satisfied: missing.length === 0, missingProofs: missing, missingDeclaration: false };
}

export function completenessCounts(
  scenarios: { applicable: boolean; completeness: ScenarioCompleteness }[],
): CompletenessCounts {
  const needed = scenarios.filter((scenario) => scenario.completeness.needed);
  const satisfied = needed.filter((scenario) => scenario.completeness.satisfied).length;
  return {
    applicable: scenarios.filter((scenario) => scenario.applicable).length,
    satisfied,
    missing: needed.length - satisfied,
  };
}

export interface MissingItem {
  scenario: string;
  proof?: string;
  declaration?: true;
}

/** What is still missing, in référentiel order: each proof without evidence, each declaration not signed. */
export function missingItems(scenarios: { code: string; completeness: ScenarioCompleteness }[]): MissingItem[] {
  return scenarios.flatMap(({ code, completeness }): MissingItem[] => [
    ...completeness.missingProofs.map((proof) => ({ scenario: code, proof })),
    ...(completeness.missingDeclaration ? [{ scenario: code, declaration: true as const }] : []),
  ]);
}
