import type { Schemas } from '../api/client';
import { t } from '../i18n';

type DossierStatus = Schemas['DossierDto']['status'];
type Scenario = Schemas['DossierScenarioDto'];

export function DossierStatusChip({ status }: { status: DossierStatus }) {
  return <span className={`chip chip-dossier-${status}`}>{t.common.dossierStatus[status] ?? status}</span>;
}

export type ScenarioStatus = keyof typeof t.common.scenarioStatus;

/** What a scenario needs or got, in the order a person reads it: the verdict first, then content. */
export function scenarioStatus(scenario: Scenario): ScenarioStatus {
  switch (scenario.verdict) {
    case 'accepted':
      return 'accepted';
    case 'changes_requested':
      return 'changesRequested';
    case 'rejected':
      return 'rejected';
    case null:
    case undefined:
      break;
  }
  if (!scenario.applicable) {
    if (!scenario.declarationRequired) return 'notApplicable';
    return scenario.declaration ? 'declarationSigned' : 'declarationRequired';
  }
  return scenario.satisfied ? 'provided' : 'missing';
}

export function ScenarioStatusChip({ status }: { status: ScenarioStatus }) {
  return <span className={`chip chip-scenario-${status}`}>{t.common.scenarioStatus[status]}</span>;
}
