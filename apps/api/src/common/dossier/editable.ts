import { EDITABLE_STATUSES } from '@preuve/domain';
import type { DossierEntity, ScenarioVerdictEntity } from '@preuve/persistence';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/** 409 DOSSIER_LOCKED unless the vendor may change the dossier now. */
export function editableOrThrow(dossier: DossierEntity): void {
  if (!EDITABLE_STATUSES.includes(dossier.status)) {
    throw new AppError(
      ErrorCode.DossierLocked,
      `The dossier is ${dossier.status}: its content can change only in draft or after a change request.`,
      { status: dossier.status },
    );
  }
}

/**
 * After a change request, only the scenarios under change request (or refused) are open: the
 * rest of round N+1 is what the reviewer already accepted or left as submitted. Null: all open
 * (first round).
 */
export function openScenarios(dossier: DossierEntity, verdicts: ScenarioVerdictEntity[]): Set<string> | null {
  if (dossier.round === 1) return null;
  const latest = new Map(verdicts.map((verdict) => [verdict.scenarioCode, verdict.verdict]));
  return new Set([...latest].filter(([, verdict]) => verdict !== 'accepted').map(([code]) => code));
}

/** 409 SCENARIO_FROZEN unless the scenario may change in this round. */
export function scenarioEditableOrThrow(
  dossier: DossierEntity,
  verdicts: ScenarioVerdictEntity[],
  scenarioCode: string,
): void {
  const open = openScenarios(dossier, verdicts);
  if (open && !open.has(scenarioCode)) {
    throw new AppError(
      ErrorCode.ScenarioFrozen,
      `${scenarioCode} is not under change request in round ${dossier.round}: it stays as it was submitted. Open scenarios: ${[...open].join(', ') || 'none'}.`,
      { scenario: scenarioCode, open: [...(open ?? [])] },
    );
  }
}

/** 409 PHASE_NOT_OPEN while a Ségur dossier's administrative dossier is not accepted (phase 2 not open). */
export function proofPhaseOpenOrThrow(dossier: DossierEntity): void {
  if (dossier.programme === 'SEGUR' && dossier.phase === 'administrative') {
    throw new AppError(
      ErrorCode.PhaseNotOpen,
      'The proof dossier (phase 2) opens once the administrative dossier is accepted: submit it first (POST …/administrative/submit).',
      { phase: dossier.phase },
    );
  }
}
