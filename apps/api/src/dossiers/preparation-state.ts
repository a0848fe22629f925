import {
  isPendingReasonCode,
  isWorkingStatus,
  suggestStatus,
  type PreparationScenario,
  type RemediationAction,
  type RemediationState,
  type ScenarioAssessment,
  type ScenarioCompleteness,
  type ValidAssessment,
} from '@preuve/domain';
import type { EvidenceEntity, RemediationActionRow, ScenarioAssessmentEntity } from '@preuve/persistence';
import type { ScenarioWorkingStatusDto } from './dto/working-status.dto.js';

/** What preparation reads of a dossier's scenario rows (see dossiers/dossier-view.ts). */
export interface PreparationRowInput {
  code: string;
  scenario: ScenarioAssessment;
  completeness: ScenarioCompleteness;
  evidence: Map<string, EvidenceEntity[]>;
}

export function validAssessment(entity: ScenarioAssessmentEntity | undefined): ValidAssessment | null {
  if (!entity || !isWorkingStatus(entity.status)) return null;
  return {
    status: entity.status,
    reasonCode: isPendingReasonCode(entity.reasonCode) ? entity.reasonCode : null,
    conformityText: entity.conformityText,
    justification: entity.justification,
  };
}

/** The latest working status per scenario, and how many were recorded. */
export function latestAssessments(
  assessments: ScenarioAssessmentEntity[],
): Map<string, { latest: ScenarioAssessmentEntity; changes: number }> {
  const byScenario = new Map<string, { latest: ScenarioAssessmentEntity; changes: number }>();
  for (const assessment of assessments) {
    const known = byScenario.get(assessment.scenarioCode);
    byScenario.set(assessment.scenarioCode, { latest: assessment, changes: (known?.changes ?? 0) + 1 });
  }
  return byScenario;
}

/** The dossier's scenarios as preparation sees them. */
export function preparationScenarios(
  rows: PreparationRowInput[],
  assessments: ScenarioAssessmentEntity[],
  familyOf: (requirementCode: string) => string,
): PreparationScenario[] {
  const latest = latestAssessments(assessments);
  return rows.map((row) => ({
    code: row.code,
    family: familyOf(row.scenario.requirementCode),
    applicable: row.scenario.applicable,
    waivedByAnswer: row.scenario.waivedByAnswer,
    declarationRequired: row.scenario.declarationRequired,
    pending: row.scenario.pendingQuestions.length > 0,
    satisfied: row.completeness.needed && row.completeness.satisfied,
    evidencedProofs: [...row.evidence.values()].filter((versions) => versions.length > 0).length,
    assessment: validAssessment(latest.get(row.code)?.latest),
  }));
}

/** The `assessment` a dossier scenario carries: the vendor's status, and the suggestion beside it. */
export function workingStatusView(
  scenario: PreparationScenario,
  latest: { latest: ScenarioAssessmentEntity; changes: number } | undefined,
): ScenarioWorkingStatusDto {
  const suggestion = suggestStatus(scenario);
  const current = scenario.assessment;
  const differs =
    suggestion !== null &&
    (current === null || current.status !== suggestion.status || current.reasonCode !== suggestion.reasonCode);
  return {
    scenario: scenario.code,
    status: current?.status ?? null,
    reasonCode: current?.reasonCode ?? null,
    conformityText: current?.conformityText ?? null,
    justification: current?.justification ?? null,
    setAt: latest?.latest.createdAt ?? null,
    changes: latest?.changes ?? 0,
    suggestion: differs ? suggestion : null,
  };
}

export function remediationAction(row: RemediationActionRow): RemediationAction {
  return {
    id: row.action.id,
    title: row.action.title,
    scenarios: row.action.scenarios,
    effort: Number(row.action.effort),
    owner: row.action.owner,
    targetDate: row.action.targetDate,
    state: row.state as RemediationState,
  };
}
