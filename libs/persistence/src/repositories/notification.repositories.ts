import type { EntityManager } from 'typeorm';
import {
  NotificationEntity,
  NotificationPreferenceEntity,
  type EmailStatus,
} from '../entities/notification.entities.js';

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
}

export interface DossierFactsRow {
  dossierId: string;
  organizationId: string;
  round: number;
  productName: string;
  productVersion: string;
  vendorName: string;
}

export interface NewNotification {
  userId: string;
  eventKey: string;
  kind: string;
  dossierId: string | null;
  title: string;
  body: string;
  data: Record<string, unknown>;
  inApp: boolean;
  emailStatus: EmailStatus;
}

export interface ClaimedEmail {
  id: string;
  attempts: number;
  title: string;
  body: string;
  data: Record<string, unknown>;
  email: string;
  displayName: string;
}

/** Notifications (the in-app list and the e-mail outbox) and preferences. */
export class NotificationRepository {
  /** Inserts what is new; a user's notification of an event already written is kept as it is. */
  async insertMany(manager: EntityManager, notifications: NewNotification[]): Promise<number> {
    if (notifications.length === 0) return 0;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        notifications.map((notification) => ({
          ...notification,
          emailNextAttemptAt: notification.emailStatus === 'pending' ? () => 'now()' : null,
        })) as never,
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length;
  }

  async dossierFacts(manager: EntityManager, dossierId: string): Promise<DossierFactsRow | null> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT d.id, d.organization_id, d.round, p.name AS product_name, p.version AS product_version, o.name AS vendor_name
       FROM dossier d JOIN product p ON p.id = d.product_id JOIN organization o ON o.id = d.organization_id
       WHERE d.id = $1`,
      [dossierId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      dossierId: row.id as string,
      organizationId: row.organization_id as string,
      round: Number(row.round),
      productName: row.product_name as string,
      productVersion: row.product_version as string,
      vendorName: row.vendor_name as string,
    };
  }

  async usersOfOrganization(manager: EntityManager, organizationId: string): Promise<Recipient[]> {
    return manager.query(
      `SELECT id, email, display_name AS "displayName" FROM app_user WHERE organization_id = $1 ORDER BY created_at`,
      [organizationId],
    );
  }

  /** Every reviewer and review lead of the authority. */
  async reviewers(manager: EntityManager): Promise<Recipient[]> {
    return manager.query(
      `SELECT u.id, u.email, u.display_name AS "displayName" FROM app_user u JOIN organization o ON o.id = u.organization_id
       WHERE o.kind = 'authority' AND u.role IN ('reviewer', 'review_lead') ORDER BY u.created_at`,
    );
  }

  /** The verdicts of a round that asked for something (the latest per scenario and subject), with their comments. */
  async changeRequestItems(
    manager: EntityManager,
    dossierId: string,
    round: number,
  ): Promise<{ scenario: string; verdict: string; comment: string | null }[]> {
    return manager.query(
      `SELECT scenario, verdict, comment FROM (
         SELECT DISTINCT ON (scenario_code, subject) scenario_code AS scenario, verdict, comment
         FROM scenario_verdict WHERE dossier_id = $1 AND round = $2
         ORDER BY scenario_code, subject, created_at DESC) latest
       WHERE verdict <> 'accepted' ORDER BY scenario`,
      [dossierId, round],
    );
  }

  async decisionComment(manager: EntityManager, dossierId: string, round: number): Promise<string | null> {
    const rows: { comment: string | null }[] = await manager.query(
      `SELECT comment FROM review_decision WHERE dossier_id = $1 AND round = $2 ORDER BY created_at DESC LIMIT 1`,
      [dossierId, round],
    );
    return rows[0]?.comment ?? null;
  }

  async preferences(manager: EntityManager, userIds: string[]): Promise<NotificationPreferenceEntity[]> {
    if (userIds.length === 0) return [];
    return manager
      .getRepository(NotificationPreferenceEntity)
      .createQueryBuilder('p')
      .where('p.user_id = ANY(:userIds)', { userIds })
      .getMany();
  }

  async savePreferences(
    manager: EntityManager,
    userId: string,
    preferences: { kind: string; email: boolean; inApp: boolean }[],
  ): Promise<void> {
    if (preferences.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationPreferenceEntity)
      .values(preferences.map((preference) => ({ userId, ...preference })))
      .orUpdate(['email', 'in_app', 'updated_at'], ['user_id', 'kind'])
      .execute();
  }

  async list(
    manager: EntityManager,
    userId: string,
    options: { limit: number; unreadOnly: boolean },
  ): Promise<NotificationEntity[]> {
    const query = manager
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId AND n.in_app', { userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(options.limit);
    if (options.unreadOnly) query.andWhere('n.read_at IS NULL');
    return query.getMany();
  }

  async unreadCount(manager: EntityManager, userId: string): Promise<number> {
    const rows: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM notification WHERE user_id = $1 AND in_app AND read_at IS NULL`,
      [userId],
    );
    return Number(rows[0].count);
  }

  /** Marks some (or, without ids, all) of a user's notifications read; others' ids change nothing. */
  async markRead(manager: EntityManager, userId: string, ids: string[] | null): Promise<void> {
    await manager.query(
      `UPDATE notification SET read_at = now()
       WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids],
    );
  }

  /** Claims due e-mails for one attempt each: a lease, so an attempt lost in a crash is made again. */
  async claimDueEmails(manager: EntityManager, limit: number, leaseMs: number): Promise<ClaimedEmail[]> {
    return manager.query(
      `WITH due AS (
         SELECT id FROM notification WHERE email_status = 'pending' AND email_next_attempt_at <= now()
         ORDER BY email_next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED),
       claimed AS (
         UPDATE notification n SET email_attempts = n.email_attempts + 1,
                email_next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
         FROM due WHERE n.id = due.id
         RETURNING n.id, n.email_attempts, n.title, n.body, n.data, n.user_id)
       SELECT c.id, c.email_attempts AS attempts, c.title, c.body, c.data, u.email, u.display_name AS "displayName"
       FROM claimed c JOIN app_user u ON u.id = c.user_id`,
      [limit, leaseMs],
    );
  }

  async recordEmail(
    manager: EntityManager,
    id: string,
    outcome: { status: EmailStatus; error?: string; retryInMs?: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE notification SET email_status = $2::text, email_error = $3::text,
              email_sent_at = CASE WHEN $2::text = 'sent' THEN now() ELSE email_sent_at END,
              email_next_attempt_at = CASE WHEN $2::text = 'pending'
                THEN now() + make_interval(secs => $4::double precision / 1000) ELSE NULL END
       WHERE id = $1`,
      [id, outcome.status, outcome.error ?? null, outcome.retryInMs ?? 0],
    );
  }

  /** For the digest: dossiers that arrived in the queue since `since`, and those waiting since before `overdueBefore`. */
  async queueDigest(
    manager: EntityManager,
    since: Date,
    overdueBefore: Date,
  ): Promise<{
    arrived: { dossierId: string; productName: string; vendorName: string; submittedAt: string }[];
    overdue: { dossierId: string; productName: string; vendorName: string; submittedAt: string }[];
  }> {
    const rows: { id: string; product_name: string; vendor_name: string; submitted_at: Date; arrived: boolean }[] =
      await manager.query(
        `SELECT d.id, p.name AS product_name, o.name AS vendor_name, d.last_submitted_at AS submitted_at,
                d.last_submitted_at >= $1 AS arrived
         FROM dossier d JOIN product p ON p.id = d.product_id JOIN organization o ON o.id = d.organization_id
         WHERE d.status IN ('submitted', 'in_review') AND (d.last_submitted_at >= $1 OR d.last_submitted_at < $2)
         ORDER BY d.last_submitted_at, d.id LIMIT 200`,
        [since, overdueBefore],
      );
    const item = (row: (typeof rows)[number]) => ({
      dossierId: row.id,
      productName: row.product_name,
      vendorName: row.vendor_name,
      submittedAt: new Date(row.submitted_at).toISOString(),
    });
    return {
      arrived: rows.filter((row) => row.arrived).map(item),
      overdue: rows.filter((row) => !row.arrived).map(item),
    };
  }
}
