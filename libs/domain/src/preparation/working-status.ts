/**
 * The vendor's working status of a scenario while preparing a dossier, as consultants keep it:
 * one of six statuses, « à confirmer » always with a coded reason. Pure data and checks.
 */
import { codesOf } from '../i18n/labelled-codes.js';

export const WORKING_STATUS_LABELS = {
  conforme: 'Conforme',
  conforme_a_etayer: 'Conforme à étayer',
  partiel: 'Partiel',
  non_conforme: 'Non conforme',
  non_applicable: 'Non applicable',
  a_confirmer: 'À confirmer',
};
export type WorkingStatus = keyof typeof WORKING_STATUS_LABELS;
export const WORKING_STATUSES = codesOf(WORKING_STATUS_LABELS);

/** Why a scenario is still « à confirmer ». */
export const PENDING_REASON_LABELS = {
  document_not_provided: 'Document non fourni',
  evidence_ambiguous: 'Preuve ambiguë',
  module_out_of_scope: 'Module déclaré hors périmètre',
  decision_pending: 'Décision en attente',
};
export type PendingReasonCode = keyof typeof PENDING_REASON_LABELS;
export const PENDING_REASON_CODES = codesOf(PENDING_REASON_LABELS);

/** Statuses that need a remediation action before the dossier can be submitted. */
export const STATUSES_NEEDING_REMEDIATION: readonly WorkingStatus[] = ['partiel', 'non_conforme'];

export const CONFORMITY_TEXT_MAX = 8000;
export const JUSTIFICATION_TEXT_MIN = 20;

export interface AssessmentInput {
  status: unknown;
  reasonCode?: unknown;
  conformityText?: unknown;
  justification?: unknown;
}

export interface AssessmentError {
  field: 'status' | 'reasonCode' | 'conformityText' | 'justification';
  code: 'UNKNOWN_WORKING_STATUS' | 'UNKNOWN_REASON_CODE' | 'REASON_CODE_REQUIRED' | 'INVALID_TEXT';
  message: string;
}

export interface ValidAssessment {
  status: WorkingStatus;
  reasonCode: PendingReasonCode | null;
  conformityText: string | null;
  justification: string | null;
}

/** A value as the client sent it, for a message. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function isWorkingStatus(value: unknown): value is WorkingStatus {
  return typeof value === 'string' && (WORKING_STATUSES as readonly string[]).includes(value);
}

export function isPendingReasonCode(value: unknown): value is PendingReasonCode {
  return typeof value === 'string' && (PENDING_REASON_CODES as readonly string[]).includes(value);
}

function optionalText(
  field: 'conformityText' | 'justification',
  value: unknown,
  errors: AssessmentError[],
): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    errors.push({ field, code: 'INVALID_TEXT', message: `${field} must be a string.` });
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length > CONFORMITY_TEXT_MAX) {
    errors.push({
      field,
      code: 'INVALID_TEXT',
      message: `${field} is ${trimmed.length} characters long; at most ${CONFORMITY_TEXT_MAX} are accepted.`,
    });
    return null;
  }
  return trimmed === '' ? null : trimmed;
}

/**
 * Checks a working status as sent by a client. Every error names the field and the value; the
 * reason code belongs to « à confirmer » only (and is required there).
 */
export function validateAssessment(input: AssessmentInput): { errors: AssessmentError[]; value?: ValidAssessment } {
  const errors: AssessmentError[] = [];
  const { status, reasonCode } = input;
  if (!isWorkingStatus(status)) {
    errors.push({
      field: 'status',
      code: 'UNKNOWN_WORKING_STATUS',
      message: `« ${shown(status)} » is not a working status; expected one of ${WORKING_STATUSES.join(', ')}.`,
    });
  }
  let reason: PendingReasonCode | null = null;
  if (reasonCode !== undefined && reasonCode !== null) {
    if (!isPendingReasonCode(reasonCode)) {
      errors.push({
        field: 'reasonCode',
        code: 'UNKNOWN_REASON_CODE',
        message: `« ${shown(reasonCode)} » is not a reason code; expected one of ${PENDING_REASON_CODES.join(', ')}.`,
      });
    } else if (status !== 'a_confirmer' && isWorkingStatus(status)) {
      errors.push({
        field: 'reasonCode',
        code: 'UNKNOWN_REASON_CODE',
        message: `A reason code goes with the status « a_confirmer » only, not with « ${status} ».`,
      });
    } else reason = reasonCode;
  } else if (status === 'a_confirmer') {
    errors.push({
      field: 'reasonCode',
      code: 'REASON_CODE_REQUIRED',
      message: `The status « a_confirmer » needs a reasonCode: one of ${PENDING_REASON_CODES.join(', ')}.`,
    });
  }
  const conformityText = optionalText('conformityText', input.conformityText, errors);
  const justification = optionalText('justification', input.justification, errors);
  if (errors.length > 0) return { errors };
  return { errors, value: { status: status as WorkingStatus, reasonCode: reason, conformityText, justification } };
}
