import type { EntityManager } from 'typeorm';
import type { OrganizationKind, TenantScope } from '@preuve/domain';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from '../entities/webhook.entities.js';
import { keysetPage, type KeysetPosition, type Page } from './keyset.js';
import { positional, tenantCondition } from './tenant.js';
import { OrganizationRowsRepository } from './organization-rows.js';

export type NewWebhookEndpoint = Omit<WebhookEndpointEntity, 'id' | 'createdAt' | 'disabledAt' | 'organization'>;
import { insertRow } from './entity-rows.js';

/** The class key of the advisory locks that number a dossier's webhook events (`WHKS`). */
const SEQUENCE_LOCK_CLASS = 0x57484b53;

export interface SubscribedEndpoint {
  id: string;
  organizationId: string;
  organizationKind: OrganizationKind;
}

export class WebhookEndpointRepository extends OrganizationRowsRepository<WebhookEndpointEntity> {
  constructor() {
    super(WebhookEndpointEntity);
  }

  async insert(manager: EntityManager, endpoint: NewWebhookEndpoint): Promise<WebhookEndpointEntity> {
    return insertRow(manager, WebhookEndpointEntity, { ...endpoint, disabledAt: null });
  }

  /**
   * Disables the endpoint (the row and its log stay) and cancels what it has not received yet. An
   * attempt already in flight still records how it ended.
   */
  async disable(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE webhook_endpoint SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL', [id]);
    await manager.query(
      `UPDATE webhook_delivery SET status = 'cancelled', next_attempt_at = NULL WHERE endpoint_id = $1 AND status = 'pending'`,
      [id],
    );
  }

  /**
   * Asked for every domain event, so plain SQL: the active endpoints subscribed to `type` that may
   * receive an event of a dossier of `vendorOrganizationId`, i.e. the vendor's own and those of
   * organisations that are not vendors. Whether each may see the dossier is the tenant wall's call
   * (`WebhookDeliveryRepository.dossierVisibleTo`).
   */
  async subscribed(manager: EntityManager, type: string, vendorOrganizationId: string): Promise<SubscribedEndpoint[]> {
    const rows: { id: string; organization_id: string; kind: OrganizationKind }[] = await manager.query(
      `SELECT e.id, e.organization_id, o.kind
       FROM webhook_endpoint e JOIN organization o ON o.id = e.organization_id
       WHERE e.disabled_at IS NULL AND $1 = ANY (e.events) AND (e.organization_id = $2 OR o.kind <> 'vendor')`,
      [type, vendorOrganizationId],
    );
    return rows.map((row) => ({ id: row.id, organizationId: row.organization_id, organizationKind: row.kind }));
  }
}

/** A delivery the worker has claimed: what to send, where, and with which (sealed) secret. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  eventType: string;
  body: string;
  /** Attempts made before this one. */
  attempts: number;
  url: string;
  secretSealed: string;
}

export interface RetryPolicy {
  /** The attempt that fails for the `maxAttempts`-th time marks the delivery failed. */
  maxAttempts: number;
  /** After the n-th failed attempt, the next is due `min(retryBaseMs × 2^n, maxDelayMs)` later. */
  retryBaseMs: number;
  maxDelayMs: number;
}

/**
 * An older delivery of the same dossier to the same endpoint that is still pending: while one
 * exists, `d` waits (per dossier and endpoint, events go out in order, retries included).
 */
const EARLIER_PENDING = `EXISTS (SELECT 1 FROM webhook_delivery earlier
  WHERE earlier.dossier_id = d.dossier_id AND earlier.endpoint_id = d.endpoint_id
    AND earlier.sequence < d.sequence AND earlier.status = 'pending')`;

/** The webhook outbox (written in the transaction of the change) and the delivery log. */
export class WebhookDeliveryRepository {
  /** Whether `scope` sees the dossier, by the tenant wall: who receives an event is who may read the dossier. */
  async dossierVisibleTo(manager: EntityManager, scope: TenantScope, dossierId: string): Promise<boolean> {
    const sql = positional([dossierId]);
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM dossier d WHERE d.id = $1 AND ${tenantCondition('dossier', 'd', scope, sql.bind)}`,
      sql.values,
    );
    return rows.length > 0;
  }

  /**
   * Writes one pending delivery per endpoint, numbered after the dossier's previous events, and
   * NOTIFYs `channel` (heard at commit). The advisory lock, held until the transaction ends,
   * numbers a dossier's events one transaction at a time, in commit order.
   */
  async enqueue(
    manager: EntityManager,
    event: { endpointIds: string[]; eventId: string; type: string; dossierId: string; body: string; occurredAt: Date },
    channel: string,
  ): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [SEQUENCE_LOCK_CLASS, event.dossierId]);
    await manager.query(
      `INSERT INTO webhook_delivery
         (event_id, endpoint_id, dossier_id, event_type, sequence, body, status, attempts, next_attempt_at, created_at)
       SELECT $1, endpoint.id, $2, $3, next.sequence, $4, 'pending', 0, now(), $5
       FROM unnest($6::uuid[]) AS endpoint(id),
            (SELECT coalesce(max(sequence), 0) + 1 AS sequence FROM webhook_delivery WHERE dossier_id = $2) AS next`,
      [event.eventId, event.dossierId, event.type, event.body, event.occurredAt, event.endpointIds],
    );
    await manager.query('SELECT pg_notify($1, $2)', [channel, '']);
  }

  /**
   * Claims up to `limit` due deliveries, each the oldest pending one of its dossier and endpoint,
   * skipping rows another instance is claiming. A claim is a lease: `next_attempt_at` moves
   * `leaseMs` ahead, so an attempt lost with its process (crash between the POST and the record
   * of its outcome) is made again once the lease lapses: at-least-once delivery.
   */
  async claimDue(manager: EntityManager, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    // For an UPDATE, TypeORM answers [rows, affected].
    const [rows]: [
      {
        id: string;
        endpoint_id: string;
        event_type: string;
        body: string;
        attempts: number;
        url: string;
        secret_sealed: string;
      }[],
      number,
    ] = await manager.query(
      `WITH due AS (
         SELECT d.id FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND e.disabled_at IS NULL AND NOT ${EARLIER_PENDING}
         ORDER BY d.next_attempt_at, d.sequence
         LIMIT $1
         FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE webhook_delivery d SET next_attempt_at = now() + $2::float8 * interval '1 millisecond'
       FROM due, webhook_endpoint e
       WHERE d.id = due.id AND e.id = d.endpoint_id
       RETURNING d.id, d.endpoint_id, d.event_type, d.body, d.attempts, e.url, e.secret_sealed`,
      [limit, leaseMs],
    );
    return rows.map((row) => ({
      id: row.id,
      endpointId: row.endpoint_id,
      eventType: row.event_type,
      body: row.body,
      attempts: row.attempts,
      url: row.url,
      secretSealed: row.secret_sealed,
    }));
  }

  async recordDelivered(manager: EntityManager, id: string, statusCode: number): Promise<void> {
    await manager.query(
      `UPDATE webhook_delivery SET status = 'delivered', attempts = attempts + 1, last_attempt_at = now(),
         last_status_code = $2, last_error = NULL, delivered_at = now(), next_attempt_at = NULL
       WHERE id = $1 AND status <> 'delivered'`,
      [id, statusCode],
    );
  }

  /**
   * Records a failed attempt: due again after the backoff, failed after the last attempt, cancelled
   * when the endpoint was disabled meanwhile.
   */
  async recordFailed(
    manager: EntityManager,
    id: string,
    outcome: { statusCode: number | null; error: string },
    policy: RetryPolicy,
  ): Promise<void> {
    await manager.query(
      `UPDATE webhook_delivery d SET attempts = d.attempts + 1, last_attempt_at = now(), last_status_code = $2, last_error = $3,
         status = CASE WHEN e.disabled_at IS NOT NULL THEN 'cancelled' WHEN d.attempts + 1 >= $4 THEN 'failed' ELSE 'pending' END,
         next_attempt_at = CASE WHEN e.disabled_at IS NULL AND d.attempts + 1 < $4
           THEN now() + least($5::float8 * power(2, d.attempts + 1), $6::float8) * interval '1 millisecond' END
       FROM webhook_endpoint e
       WHERE d.id = $1 AND e.id = d.endpoint_id AND d.status IN ('pending', 'cancelled')`,
      [id, outcome.statusCode, outcome.error, policy.maxAttempts, policy.retryBaseMs, policy.maxDelayMs],
    );
  }

  /** Milliseconds until the next delivery may be claimed (≤ 0: due now); null when none is pending. */
  async msUntilNextDue(manager: EntityManager): Promise<number | null> {
    const rows: { wait: number | null }[] = await manager.query(
      `SELECT (extract(epoch FROM min(d.next_attempt_at) - clock_timestamp()) * 1000)::float8 AS wait
       FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
       WHERE d.status = 'pending' AND e.disabled_at IS NULL AND NOT ${EARLIER_PENDING}`,
    );
    return rows[0]?.wait ?? null;
  }

  /** An endpoint's delivery log, newest first, keyset-paginated on (created_at, id). */
  async listForEndpoint(
    manager: EntityManager,
    endpointId: string,
    after: KeysetPosition | null,
    limit: number,
  ): Promise<Page<WebhookDeliveryEntity>> {
    const query = manager
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.endpoint_id = :endpointId', { endpointId });
    return keysetPage(query, 'd', after, limit);
  }
}
