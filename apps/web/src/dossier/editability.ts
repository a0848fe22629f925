import type { Schemas } from '../api/client';

type Dossier = Pick<Schemas['DossierDto'], 'status' | 'round'>;
type Scenario = Pick<Schemas['DossierScenarioDto'], 'verdict'>;

/** The vendor may change a dossier in draft, and after a change request. */
export function dossierEditable(dossier: Dossier): boolean {
  return dossier.status === 'draft' || dossier.status === 'changes_requested';
}

/**
 * Whether the vendor may change this scenario now: every scenario in round 1; from round 2 on,
 * only those whose current verdict is not an acceptance (the API answers 409 SCENARIO_FROZEN otherwise).
 */
export function scenarioOpen(dossier: Dossier, scenario: Scenario): boolean {
  if (!dossierEditable(dossier)) return false;
  if (dossier.round === 1) return true;
  return scenario.verdict != null && scenario.verdict !== 'accepted';
}

/** Under change request: the reviewer asked for more, or refused it. */
export function underChangeRequest(scenario: Scenario): boolean {
  return scenario.verdict === 'changes_requested' || scenario.verdict === 'rejected';
}
