import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { digestDay, reminderDue } from '@preuve/domain';
import { NotificationRepository } from '@preuve/persistence';
import { NotificationOutbox } from './notification-outbox.js';
import { NotificationSettings } from './notification-settings.js';

const CHECK_MS = 10 * 60_000;
const DAY_MS = 86_400_000;

/** A deadline of a dossier (a Ségur milestone, an extension, …), as a source of deadlines gives it. */
export interface Deadline {
  /** Stable: the same deadline has the same key on every scan. */
  key: string;
  label: string;
  dossierId: string;
  dueAt: Date;
}

/** Where deadlines come from: a feature that has some registers a source. */
export type DeadlineSource = (manager: EntityManager, now: Date) => Promise<Deadline[]>;

/**
 * Time-driven notifications, checked every 10 minutes by every instance (each is idempotent
 * through its event key, so instances do not send twice): the reviewers' daily digest from
 * `DIGEST_HOUR_UTC`, and deadline reminders 7 days and 1 day before each deadline that a
 * registered source knows of.
 */
@Injectable()
export class NotificationScheduler implements OnModuleInit, OnModuleDestroy {
  private readonly sources: DeadlineSource[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly logger = new Logger('NotificationScheduler');

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly outbox: NotificationOutbox,
    private readonly settings: NotificationSettings,
  ) {}

  /** For features with deadlines: their deadlines get 7-day and 1-day reminders. */
  addDeadlineSource(source: DeadlineSource): void {
    this.sources.push(source);
  }

  onModuleInit(): void {
    if (!this.dataSource.isInitialized) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick(new Date())
        .catch((error: unknown) => this.logger.warn(`scheduled notifications: ${String(error)}`))
        .finally(() => (this.running = null));
    }, CHECK_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async tick(now: Date): Promise<void> {
    if (now.getUTCHours() >= this.settings.digestHourUtc) await this.runDigest(now);
    await this.remindDeadlines(now);
  }

  /**
   * Today's digest for every reviewer and review lead: what arrived in the queue in the last 24
   * hours, and what has waited longer than the overdue threshold. Nothing when both are empty;
   * once per user and day. Returns how many were written.
   */
  async runDigest(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const reviewers = await this.notifications.reviewers(manager);
      if (reviewers.length === 0) return 0;
      const { arrived, overdue } = await this.notifications.queueDigest(
        manager,
        new Date(now.getTime() - DAY_MS),
        new Date(now.getTime() - this.settings.overdueDays * DAY_MS),
      );
      if (arrived.length === 0 && overdue.length === 0) return 0;
      const day = digestDay(now);
      return this.outbox.notify(manager, reviewers, `digest:${day}`, {
        kind: 'digest',
        day,
        arrived,
        overdue: overdue.map(({ submittedAt, ...item }) => ({
          ...item,
          waitingDays: Math.floor((now.getTime() - new Date(submittedAt).getTime()) / DAY_MS),
        })),
      });
    });
  }

  async remindDeadlines(now: Date): Promise<number> {
    let written = 0;
    for (const source of this.sources) {
      const deadlines = await source(this.dataSource.manager, now);
      for (const deadline of deadlines) {
        const reminder = reminderDue(deadline.dueAt, now);
        if (!reminder) continue;
        written += await this.dataSource.transaction(async (manager) => {
          const facts = await this.notifications.dossierFacts(manager, deadline.dossierId);
          if (!facts) return 0;
          return this.outbox.notify(
            manager,
            await this.notifications.usersOfOrganization(manager, facts.organizationId),
            `deadline:${deadline.key}:${deadline.dueAt.toISOString()}:${reminder}`,
            { kind: 'deadline', ...facts, label: deadline.label, dueAt: deadline.dueAt.toISOString(), reminder },
          );
        });
      }
    }
    return written;
  }
}
