/** The life of a dossier, as a table: nothing else changes a status. */
export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'approved',
  'rejected',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_EVENTS = ['submit', 'start_review', 'request_changes', 'approve', 'reject'] as const;
export type DossierEvent = (typeof DOSSIER_EVENTS)[number];

const TRANSITIONS: Record<DossierStatus, Partial<Record<DossierEvent, DossierStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { start_review: 'in_review' },
  in_review: { request_changes: 'changes_requested', approve: 'approved', reject: 'rejected' },
  changes_requested: { submit: 'submitted' },
  approved: {},
  rejected: {},
};

/** The status after `event`, or null when the event is not allowed in `from`. */
export function nextStatus(from: DossierStatus, event: DossierEvent): DossierStatus | null {
  return TRANSITIONS[from][event] ?? null;
}

/** The events allowed in a status (for messages and the UI). */
export function allowedEvents(from: DossierStatus): DossierEvent[] {
  return Object.keys(TRANSITIONS[from]) as DossierEvent[];
}

/** Statuses in which the vendor may change the dossier's content. */
export const EDITABLE_STATUSES: readonly DossierStatus[] = ['draft', 'changes_requested'];

export const VERDICTS = ['accepted', 'changes_requested', 'rejected'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const DECISIONS = ['approved', 'changes_requested', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

const DECISION_EVENTS: Record<Decision, DossierEvent> = {
  approved: 'approve',
  changes_requested: 'request_changes',
  rejected: 'reject',
};

export function eventOfDecision(decision: Decision): DossierEvent {
  return DECISION_EVENTS[decision];
}
