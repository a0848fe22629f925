/**
 * Phase 1 of a Ségur dossier, the administrative dossier: candidature, charter acceptance,
 * eligibility form and declaration of obsolete versions, submitted then accepted or sent back.
 * Its journal is append-only; everything here derives the current state from it.
 */

export const ADMINISTRATIVE_STATUSES = ['draft', 'submitted', 'accepted', 'changes_requested'] as const;
export type AdministrativeStatus = (typeof ADMINISTRATIVE_STATUSES)[number];

export const ADMINISTRATIVE_SECTIONS = ['candidature', 'charter', 'eligibility', 'obsolete_versions'] as const;
export type AdministrativeSection = (typeof ADMINISTRATIVE_SECTIONS)[number];

export const ADMINISTRATIVE_DECISIONS = ['accepted', 'changes_requested'] as const;
export type AdministrativeDecision = (typeof ADMINISTRATIVE_DECISIONS)[number];

/** One row of the journal, as far as the state needs it (oldest first). */
export interface AdministrativeEntry {
  section: AdministrativeSection | 'administrative_submission' | 'administrative_decision';
  data: Record<string, unknown>;
  at: Date;
}

export interface AdministrativeState {
  status: AdministrativeStatus;
  /** The latest version of each form, if any. */
  sections: Partial<Record<AdministrativeSection, { data: Record<string, unknown>; at: Date }>>;
  /** Administrative rounds submitted so far. */
  round: number;
  lastSubmittedAt: Date | null;
  lastDecision: { decision: AdministrativeDecision; comment: string | null; at: Date } | null;
}

export function administrativeState(entries: readonly AdministrativeEntry[]): AdministrativeState {
  const state: AdministrativeState = {
    status: 'draft',
    sections: {},
    round: 0,
    lastSubmittedAt: null,
    lastDecision: null,
  };
  for (const entry of entries) {
    switch (entry.section) {
      case 'administrative_submission':
        state.round += 1;
        state.lastSubmittedAt = entry.at;
        state.status = 'submitted';
        break;
      case 'administrative_decision': {
        const decision = entry.data.decision as AdministrativeDecision;
        state.lastDecision = { decision, comment: (entry.data.comment as string | undefined) ?? null, at: entry.at };
        state.status = decision;
        break;
      }
      default:
        state.sections[entry.section] = { data: entry.data, at: entry.at };
    }
  }
  return state;
}

/** The vendor may change the forms while nothing waits for a decision and nothing was accepted. */
export function administrativeEditable(status: AdministrativeStatus): boolean {
  return status === 'draft' || status === 'changes_requested';
}

export interface AdministrativeGap {
  section: AdministrativeSection;
  /** English, for the 422 details. */
  reason: string;
}

/**
 * What keeps the administrative dossier from being submitted: each form missing, and a charter
 * accepted in an older version than the référentiel's.
 */
export function administrativeGaps(
  state: AdministrativeState,
  charterVersion: string | undefined,
): AdministrativeGap[] {
  const gaps: AdministrativeGap[] = [];
  const reasons: Record<AdministrativeSection, string> = {
    candidature: 'The candidature (legal entity, SIREN, SIRET, solution, contact) is not filled in.',
    charter: 'The Charte de référencement has not been accepted by a vendor administrator.',
    eligibility: 'The eligibility form is not filled in.',
    obsolete_versions: 'The declaration of obsolete versions is missing (list them, or say there are none and why).',
  };
  for (const section of ADMINISTRATIVE_SECTIONS) {
    if (!state.sections[section]) gaps.push({ section, reason: reasons[section] });
  }
  const charter = state.sections.charter;
  if (charter && charterVersion !== undefined && charter.data.charterVersion !== charterVersion)
    gaps.push({
      section: 'charter',
      reason: `The charter was accepted in version ${String(charter.data.charterVersion)}; version ${charterVersion} is in force.`,
    });
  return gaps;
}

/** One obsolete version: at least one of its two dates (YYYY-MM-DD). */
export interface ObsoleteVersion {
  version: string;
  endOfMaintenance?: string;
  endOfSale?: string;
}

/** Problems of a declaration of obsolete versions, by field path (empty: valid). */
export function obsoleteVersionsProblems(input: {
  none: boolean;
  justification?: string;
  versions?: ObsoleteVersion[];
}): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (input.none) {
    if (!input.justification || input.justification.trim().length < 10)
      problems.push({ field: 'justification', message: 'Say why no version is obsolete (at least 10 characters).' });
    if (input.versions && input.versions.length > 0)
      problems.push({ field: 'versions', message: 'With none: true, list no versions.' });
    return problems;
  }
  if (!input.versions || input.versions.length === 0)
    problems.push({
      field: 'versions',
      message: 'List the obsolete versions, or send none: true with a justification.',
    });
  const seen = new Set<string>();
  (input.versions ?? []).forEach((entry, index) => {
    if (!entry.endOfMaintenance && !entry.endOfSale)
      problems.push({
        field: `versions[${index}]`,
        message: `Version ${entry.version} needs its end-of-maintenance date, its end-of-sale date, or both.`,
      });
    if (seen.has(entry.version))
      problems.push({ field: `versions[${index}].version`, message: `Version ${entry.version} is listed twice.` });
    seen.add(entry.version);
  });
  return problems;
}
