import type { Milestone } from '../referential/model.js';

/**
 * Milestones (jalons) of a Ségur campaign, applied to one dossier. Each milestone guards one act:
 * - `application_end`: the first submission of the administrative dossier;
 * - `proofs_due`: the first submission of the proof dossier;
 * - `change_request_answer`: answering a change request (administrative or proofs), due a number
 *   of days after the request.
 * A milestone the dossier has met is not late; one it has not met is late once its date passed,
 * unless an extension (granted by the review lead) runs later.
 */

export const MILESTONE_ACTS = ['application_end', 'proofs_due', 'change_request_answer'] as const;

export interface DossierFacts {
  /** First submission of the administrative dossier, if any. */
  administrativeSubmittedAt: Date | null;
  /** First submission of the proof dossier, if any. */
  proofsSubmittedAt: Date | null;
  /** The change request waiting for an answer (the latest, when unanswered). */
  openChangeRequestAt: Date | null;
  /** Extensions granted, by milestone key: the latest `until`. */
  extensions: Record<string, Date>;
}

export interface Deadline {
  key: string;
  label: string;
  /** When it falls due for this dossier (null: nothing it guards is pending). */
  dueAt: Date | null;
  /** The extension in force, if any. */
  extendedUntil: Date | null;
  met: boolean;
  late: boolean;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function dossierDeadlines(milestones: readonly Milestone[], facts: DossierFacts, now: Date): Deadline[] {
  return milestones.map((milestone) => {
    let dueAt: Date | null = milestone.dueAt ? new Date(milestone.dueAt) : null;
    let met: boolean;
    switch (milestone.key) {
      case 'application_end':
        met = facts.administrativeSubmittedAt !== null;
        break;
      case 'proofs_due':
        met = facts.proofsSubmittedAt !== null;
        break;
      case 'change_request_answer':
        met = facts.openChangeRequestAt === null;
        dueAt =
          facts.openChangeRequestAt && milestone.dueAfterDays
            ? addDays(facts.openChangeRequestAt, milestone.dueAfterDays)
            : null;
        break;
      default:
        met = false; // a date without an act: informative
    }
    const extendedUntil = facts.extensions[milestone.key] ?? null;
    const limit = extendedUntil && dueAt && extendedUntil > dueAt ? extendedUntil : dueAt;
    return {
      key: milestone.key,
      label: milestone.label,
      dueAt,
      extendedUntil,
      met,
      late: !met && limit !== null && limit.getTime() < now.getTime(),
    };
  });
}

/** The milestone guarding an act, when it has passed for this dossier (null: the act may go ahead). */
export function passedDeadline(deadlines: readonly Deadline[], act: (typeof MILESTONE_ACTS)[number]): Deadline | null {
  const deadline = deadlines.find((entry) => entry.key === act);
  return deadline?.late ? deadline : null;
}
