/** Notifications: their kinds, who chooses what, when deadline reminders fall due, safe headers. */

export const NOTIFICATION_KINDS = ['dossier_queued', 'changes_requested', 'decision', 'deadline', 'digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationPreference {
  kind: NotificationKind;
  email: boolean;
  inApp: boolean;
}

/** Every kind with the user's choice, everything on where they chose nothing. */
export function effectivePreferences(chosen: readonly NotificationPreference[]): NotificationPreference[] {
  return NOTIFICATION_KINDS.map(
    (kind) => chosen.find((preference) => preference.kind === kind) ?? { kind, email: true, inApp: true },
  );
}

/** Reminders before a deadline: 7 days, then 1 day. */
export const REMINDER_OFFSETS = [
  { key: '7d', days: 7 },
  { key: '1d', days: 1 },
] as const;
export type ReminderKey = (typeof REMINDER_OFFSETS)[number]['key'];

const DAY_MS = 86_400_000;

/**
 * The reminder due now for a deadline, if any: the closest offset already reached while the
 * deadline is still ahead. A deadline 3 days away is in its 7-day reminder; 20 hours away, in its
 * 1-day reminder; past, in none. Sending each key once per deadline is the caller's (event key).
 */
export function reminderDue(dueAt: Date, now: Date): ReminderKey | null {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return null;
  let due: ReminderKey | null = null;
  for (const offset of REMINDER_OFFSETS) if (left <= offset.days * DAY_MS) due = offset.key;
  return due;
}

/**
 * Whether a value may go into an e-mail header (a display name, an address, a subject): one
 * line, no control characters. A line break would let it add headers of its own.
 */
export function isHeaderSafe(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u001f\u007f]/.test(value);
}

/** The calendar day of a digest (UTC), its key: one digest per user and day. */
export function digestDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
