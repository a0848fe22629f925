import type { EntityManager } from 'typeorm';
import { AUDIT_GENESIS_HASH } from '@preuve/domain';
import { AuditEventEntity } from '../entities/audit-event.entity.js';
import { auditEventHash } from '../audit-chain/index.js';

export type NewAuditEvent = Omit<AuditEventEntity, 'seq' | 'occurredAt' | 'prevHash' | 'hash'>;

/**
 * The advisory lock that serialises appends to the hash chain until their transaction ends
 * (a fixed key: the bytes of "audit").
 */
export const AUDIT_CHAIN_LOCK = '418581342580';

/** The audit log: append and read, nothing else (the table refuses UPDATE and DELETE). */
export class AuditEventRepository {
  /**
   * Appends an event to the hash chain, inside the caller's transaction: takes the chain lock
   * (held until that transaction commits or rolls back, so the next append sees this event),
   * reads the last event's hash, draws the next seq and stores the event with its prev_hash
   * and hash. Outside a transaction, it opens one of its own.
   */
  async append(manager: EntityManager, event: NewAuditEvent): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      await manager.transaction((inTransaction) => this.append(inTransaction, event));
      return;
    }
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    // A new statement, so a new snapshot: it sees the event of the transaction that held the lock before.
    const [{ seq, last }] = await manager.query<{ seq: string; last: string | null }[]>(
      `SELECT nextval(pg_get_serial_sequence('audit_event', 'seq'))::text AS seq,
        (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS last`,
    );
    const dataJson = JSON.stringify(event.data);
    const stored = {
      ...event,
      seq,
      // Millisecond precision, which timestamptz keeps exactly: what is hashed is what is stored.
      occurredAt: new Date(),
      // As jsonb keeps it and gives it back: plain JSON (no undefined, Dates as ISO text).
      data: JSON.parse(dataJson) as Record<string, unknown>,
    };
    const prevHash = last ?? AUDIT_GENESIS_HASH;
    await manager.query(
      `INSERT INTO audit_event (seq, occurred_at, action, actor_user_id, actor_token_id, organization_id,
        target_type, target_id, data, ip, user_agent, prev_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13)`,
      [
        seq,
        stored.occurredAt,
        stored.action,
        stored.actorUserId,
        stored.actorTokenId,
        stored.organizationId,
        stored.targetType,
        stored.targetId,
        dataJson,
        stored.ip,
        stored.userAgent,
        prevHash,
        auditEventHash(stored, prevHash),
      ],
    );
  }

  async listForTarget(manager: EntityManager, targetType: string, targetId: string): Promise<AuditEventEntity[]> {
    return manager.getRepository(AuditEventEntity).find({ where: { targetType, targetId }, order: { seq: 'ASC' } });
  }

  async listByAction(manager: EntityManager, action: string): Promise<AuditEventEntity[]> {
    return manager.getRepository(AuditEventEntity).find({ where: { action }, order: { seq: 'ASC' } });
  }
}
