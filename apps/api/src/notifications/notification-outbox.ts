import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { effectivePreferences, type NotificationKind } from '@preuve/domain';
import { NotificationRepository, type Recipient } from '@preuve/persistence';
import { DomainEvents, type DomainEvent } from '../events/domain-events.js';
import { NotificationSettings } from './notification-settings.js';
import { renderNotification, type NotificationData } from './templates.js';

/** The events that notify someone: a dossier queued for the reviewers, a decision for its vendor. */
const NOTIFYING: ReadonlySet<string> = new Set([
  'dossier.submitted',
  'dossier.changes_requested',
  'dossier.approved',
  'dossier.rejected',
]);

/**
 * Writes notifications in the transaction of the change they tell about (an outbox: a rolled-back
 * change notifies no one), once per user and event (`event_key`, unique), with each user's
 * preferences applied: in the app, by e-mail, both or neither.
 */
@Injectable()
export class NotificationOutbox implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly events: DomainEvents,
    private readonly settings: NotificationSettings,
  ) {}

  onModuleInit(): void {
    this.events.listen((manager, event) => this.onEvent(manager, event));
  }

  async notify(
    manager: EntityManager,
    recipients: Recipient[],
    eventKey: string,
    data: NotificationData,
  ): Promise<number> {
    if (recipients.length === 0) return 0;
    const kind: NotificationKind = data.kind;
    const chosen = await this.notifications.preferences(
      manager,
      recipients.map((recipient) => recipient.id),
    );
    const rendered = renderNotification(data, this.settings.publicUrl);
    const rows = recipients.flatMap((recipient) => {
      const preference = effectivePreferences(
        chosen
          .filter((entry) => entry.userId === recipient.id)
          .map((entry) => ({ kind: entry.kind as NotificationKind, email: entry.email, inApp: entry.inApp })),
      ).find((entry) => entry.kind === kind)!;
      if (!preference.email && !preference.inApp) return [];
      return [
        {
          userId: recipient.id,
          eventKey,
          kind,
          dossierId: 'dossierId' in data ? data.dossierId : null,
          title: rendered.title,
          body: rendered.text,
          data: data as unknown as Record<string, unknown>,
          inApp: preference.inApp,
          emailStatus: preference.email && this.settings.smtpUrl ? ('pending' as const) : ('skipped' as const),
        },
      ];
    });
    return this.notifications.insertMany(manager, rows);
  }

  private async onEvent(manager: EntityManager, event: DomainEvent): Promise<void> {
    if (!NOTIFYING.has(event.type)) return;
    const facts = await this.notifications.dossierFacts(manager, event.dossierId);
    if (!facts) return;
    if (event.type === 'dossier.submitted') {
      const key = `dossier.submitted:${facts.dossierId}:${facts.round}`;
      await this.notify(manager, await this.notifications.reviewers(manager), key, {
        kind: 'dossier_queued',
        ...facts,
      });
      return;
    }
    // A decision: the vendor hears of it. Without the round in the event, the decided round is the
    // current one, or the one before after a change request (the dossier has moved on to the next).
    const requested = event.type === 'dossier.changes_requested';
    const round = typeof event.data.round === 'number' ? event.data.round : facts.round - (requested ? 1 : 0);
    const vendor = await this.notifications.usersOfOrganization(manager, facts.organizationId);
    const comment = await this.notifications.decisionComment(manager, facts.dossierId, round);
    if (requested) {
      await this.notify(manager, vendor, `dossier.changes_requested:${facts.dossierId}:${round}`, {
        kind: 'changes_requested',
        ...facts,
        round,
        comment,
        items: await this.notifications.changeRequestItems(manager, facts.dossierId, round),
      });
    } else {
      await this.notify(manager, vendor, `dossier.decision:${facts.dossierId}:${round}`, {
        kind: 'decision',
        ...facts,
        round,
        decision: event.type === 'dossier.approved' ? 'approved' : 'rejected',
        comment,
      });
    }
  }
}
