import type { Schemas } from '../api/client';

type Scenario = Schemas['DossierScenarioDto'];

export interface ApplicabilityChange {
  code: string;
  title: string;
  reasons: string[];
  declarationRequired: boolean;
}

export interface ApplicabilityDiff {
  nowApplicable: ApplicabilityChange[];
  nowNotApplicable: ApplicabilityChange[];
}

/** Scenarios whose applicability moved between two views of a dossier, with the new reasons. */
export function applicabilityDiff(before: Scenario[], after: Scenario[]): ApplicabilityDiff {
  const previous = new Map(before.map((scenario) => [scenario.code, scenario.applicable]));
  const diff: ApplicabilityDiff = { nowApplicable: [], nowNotApplicable: [] };
  for (const scenario of after) {
    const was = previous.get(scenario.code);
    if (was === undefined || was === scenario.applicable) continue;
    const change = {
      code: scenario.code,
      title: scenario.title,
      reasons: scenario.reasons,
      declarationRequired: scenario.declarationRequired,
    };
    (scenario.applicable ? diff.nowApplicable : diff.nowNotApplicable).push(change);
  }
  return diff;
}
