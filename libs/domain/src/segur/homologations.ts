import type { HomologationRequirement } from '../referential/model.js';

/**
 * Prerequisite homologations (e.g. CNDA for INSi or DMP): granted (number, date, attestation) or
 * in progress (pre-examination attestation, screenshot). « In progress » stands in only until the
 * référentiel's milestone; after it, the dossier is incomplete and says why.
 */

export const HOMOLOGATION_STATUSES = ['granted', 'in_progress'] as const;
export type HomologationRecordStatus = (typeof HOMOLOGATION_STATUSES)[number];

export interface HomologationRecord {
  kind: string;
  status: HomologationRecordStatus;
  number?: string | null;
  grantedOn?: string | null;
  evidenceId?: string | null;
  recordedAt: Date;
}

export interface HomologationState {
  kind: string;
  label: string;
  requirementCodes: string[];
  status: 'missing' | HomologationRecordStatus;
  number: string | null;
  grantedOn: string | null;
  evidenceId: string | null;
  /** Until when « in progress » stands in (null: no limit, or granted). */
  inProgressUntil: Date | null;
  /** Whether it holds today. */
  satisfied: boolean;
  /** Why not, in French (shown to the vendor and reviewer). */
  problem: string | null;
}

export function homologationStates(
  required: readonly HomologationRequirement[],
  records: readonly HomologationRecord[],
  milestoneDates: Record<string, Date | null>,
  now: Date,
): HomologationState[] {
  return required.map((requirement) => {
    const latest = records.filter((record) => record.kind === requirement.kind).at(-1);
    const until = requirement.inProgressUntil ? (milestoneDates[requirement.inProgressUntil] ?? null) : null;
    const base = {
      kind: requirement.kind,
      label: requirement.label,
      requirementCodes: requirement.requirementCodes,
      number: latest?.number ?? null,
      grantedOn: latest?.grantedOn ?? null,
      evidenceId: latest?.evidenceId ?? null,
      inProgressUntil: latest?.status === 'in_progress' ? until : null,
    };
    if (!latest)
      return {
        ...base,
        status: 'missing' as const,
        satisfied: false,
        problem: `${requirement.label} : ni homologation ni dossier en cours déclaré.`,
      };
    if (latest.status === 'granted') return { ...base, status: 'granted' as const, satisfied: true, problem: null };
    const expired = until !== null && until.getTime() < now.getTime();
    return {
      ...base,
      status: 'in_progress' as const,
      satisfied: !expired,
      problem: expired
        ? `${requirement.label} : toujours en cours après l'échéance du ${until.toISOString().slice(0, 10)}, qui exigeait l'homologation accordée.`
        : null,
    };
  });
}
