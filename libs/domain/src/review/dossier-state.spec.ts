import { describe, expect, it } from '@jest/globals';
import {
  DOSSIER_EVENTS,
  DOSSIER_STATUSES,
  nextStatus,
  type DossierEvent,
  type DossierStatus,
} from './dossier-state.js';

const ALLOWED: [DossierStatus, DossierEvent, DossierStatus][] = [
  ['draft', 'submit', 'submitted'],
  ['submitted', 'start_review', 'in_review'],
  ['in_review', 'request_changes', 'changes_requested'],
  ['in_review', 'approve', 'approved'],
  ['in_review', 'reject', 'rejected'],
  ['changes_requested', 'submit', 'submitted'],
];

describe('the dossier state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  const refused = DOSSIER_STATUSES.flatMap((from) =>
    DOSSIER_EVENTS.filter((event) => !ALLOWED.some(([f, e]) => f === from && e === event)).map(
      (event) => [from, event] as const,
    ),
  );

  it.each(refused)('refuses %s --%s-->', (from, event) => {
    expect(nextStatus(from, event)).toBeNull();
  });

  it('covers every status × event pair exactly once between the two tables', () => {
    expect(ALLOWED.length + refused.length).toBe(DOSSIER_STATUSES.length * DOSSIER_EVENTS.length);
  });

  it('ends in approved and rejected: nothing leaves them', () => {
    for (const event of DOSSIER_EVENTS) {
      expect(nextStatus('approved', event)).toBeNull();
      expect(nextStatus('rejected', event)).toBeNull();
    }
  });
});
