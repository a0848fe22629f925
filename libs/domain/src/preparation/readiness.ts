import {
  STATUSES_NEEDING_REMEDIATION,
  WORKING_STATUSES,
  type PendingReasonCode,
  type ValidAssessment,
  type WorkingStatus,
} from './working-status.js';
import { codesOf } from '../i18n/labelled-codes.js';

export const REMEDIATION_STATE_LABELS = {
  planned: 'Prévue',
  in_progress: 'En cours',
  done: 'Terminée',
  cancelled: 'Abandonnée',
};
export type RemediationState = keyof typeof REMEDIATION_STATE_LABELS;
export const REMEDIATION_STATES = codesOf(REMEDIATION_STATE_LABELS);

/** What preparation needs to know of one scenario of a dossier. */
export interface PreparationScenario {
  code: string;
  family: string;
  applicable: boolean;
  /** Not applicable because of an answer (a condition), not because of the declared profiles. */
  waivedByAnswer: boolean;
  declarationRequired: boolean;
  /** Unanswered questions decide its applicability or proofs. */
  pending: boolean;
  /** Every required proof has evidence (and the declaration is signed when one is required). */
  satisfied: boolean;
  /** How many of its proofs have at least one evidence version. */
  evidencedProofs: number;
  /** The vendor's latest working status, if any. */
  assessment: ValidAssessment | null;
}

export interface RemediationAction {
  id: string;
  title: string;
  scenarios: string[];
  effort: number;
  owner: string;
  /** YYYY-MM-DD. */
  targetDate: string;
  state: RemediationState;
}

export interface StatusSuggestion {
  status: WorkingStatus;
  reasonCode: PendingReasonCode | null;
  /** French: why the evidence suggests it. */
  reason: string;
}

/**
 * The status the evidence suggests. It is only a suggestion: the vendor's status is never
 * replaced by it, the two are shown side by side when they differ. Null: nothing to suggest.
 */
export function suggestStatus(scenario: PreparationScenario): StatusSuggestion | null {
  if (!scenario.applicable)
    return {
      status: 'non_applicable',
      reasonCode: null,
      reason: scenario.waivedByAnswer
        ? 'Vos réponses au questionnaire rendent ce scénario non applicable.'
        : 'Le scénario relève de profils que le produit ne déclare pas.',
    };
  if (scenario.pending)
    return {
      status: 'a_confirmer',
      reasonCode: 'decision_pending',
      reason: 'Une question du questionnaire décide de ce scénario et reste sans réponse.',
    };
  if (scenario.satisfied)
    return { status: 'conforme', reasonCode: null, reason: 'Chaque preuve attendue a été déposée.' };
  if (scenario.evidencedProofs > 0)
    return {
      status: 'conforme_a_etayer',
      reasonCode: null,
      reason: 'Une partie des preuves attendues a été déposée ; les autres restent à produire.',
    };
  return null;
}

/** The status a scenario counts under: the vendor's, else non applicable when it does not apply. */
export function effectiveStatus(scenario: PreparationScenario): WorkingStatus | null {
  return scenario.assessment?.status ?? (scenario.applicable ? null : 'non_applicable');
}

export type PreparationMissingItem =
  | { scenario: string; conformityText: true }
  | { scenario: string; justification: true }
  | { scenario: string; remediation: true };

/** Actions that still count: neither done nor abandoned. */
export function isOpenAction(action: RemediationAction): boolean {
  return action.state === 'planned' || action.state === 'in_progress';
}

/**
 * What preparation still lacks before submission, in référentiel order:
 * - a conformity text for each applicable scenario, when the référentiel asks for one;
 * - a written justification for each scenario an answer waives (a sworn declaration, when one is
 *   required, carries its own justification and stands for it);
 * - a remediation action (not abandoned) for each scenario whose status is partiel or non conforme.
 */
export function preparationMissing(
  scenarios: PreparationScenario[],
  actions: RemediationAction[],
  options: { conformityTextRequired: boolean },
): PreparationMissingItem[] {
  const planned = new Set(
    actions.filter((action) => action.state !== 'cancelled').flatMap((action) => action.scenarios),
  );
  return scenarios.flatMap((scenario): PreparationMissingItem[] => {
    const items: PreparationMissingItem[] = [];
    if (scenario.applicable && options.conformityTextRequired && !scenario.assessment?.conformityText)
      items.push({ scenario: scenario.code, conformityText: true });
    if (scenario.waivedByAnswer && !scenario.declarationRequired && !scenario.assessment?.justification)
      items.push({ scenario: scenario.code, justification: true });
    const status = scenario.assessment?.status;
    if (status && STATUSES_NEEDING_REMEDIATION.includes(status) && !planned.has(scenario.code))
      items.push({ scenario: scenario.code, remediation: true });
    return items;
  });
}

/** Days between two YYYY-MM-DD dates (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An open action whose target date has passed (a past date is accepted when set, and shows here). */
export function isOverdue(action: RemediationAction, today: string): boolean {
  return isOpenAction(action) && action.targetDate < today;
}

export type StatusCounts = Record<WorkingStatus | 'unset', number>;

function emptyCounts(): StatusCounts {
  return Object.fromEntries([...WORKING_STATUSES, 'unset'].map((status) => [status, 0])) as StatusCounts;
}

export interface OverdueAction {
  id: string;
  title: string;
  owner: string;
  targetDate: string;
  scenarios: string[];
  daysLate: number;
}

export interface ReadinessReport {
  byStatus: StatusCounts;
  byFamily: { family: string; byStatus: StatusCounts }[];
  overdue: OverdueAction[];
  /** Applicable scenarios still « à confirmer » or without a status. */
  unsettled: number;
  /** Sum of the effort (person-days) of the open actions. */
  openEffort: number;
}

/** Status distribution overall and per family (référentiel order), and the overdue actions. */
export function readinessReport(
  scenarios: PreparationScenario[],
  actions: RemediationAction[],
  today: string,
): ReadinessReport {
  const byStatus = emptyCounts();
  const families = new Map<string, StatusCounts>();
  let unsettled = 0;
  for (const scenario of scenarios) {
    const status = effectiveStatus(scenario) ?? 'unset';
    byStatus[status] += 1;
    const family = families.get(scenario.family) ?? emptyCounts();
    family[status] += 1;
    families.set(scenario.family, family);
    if (scenario.applicable && (status === 'unset' || status === 'a_confirmer')) unsettled += 1;
  }
  const overdue = actions
    .filter((action) => isOverdue(action, today))
    .map((action) => ({
      id: action.id,
      title: action.title,
      owner: action.owner,
      targetDate: action.targetDate,
      scenarios: action.scenarios,
      daysLate: daysBetween(action.targetDate, today),
    }))
    .sort((a, b) => b.daysLate - a.daysLate || a.title.localeCompare(b.title));
  const openEffort = actions.filter(isOpenAction).reduce((sum, action) => sum + action.effort, 0);
  return {
    byStatus,
    byFamily: [...families].map(([family, counts]) => ({ family, byStatus: counts })),
    overdue,
    unsettled,
    openEffort,
  };
}
