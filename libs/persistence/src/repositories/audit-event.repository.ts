import type { EntityManager } from 'typeorm';
import { notePendingAuditEvent } from '../audit-chain/index.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';

export type NewAuditEvent = Omit<AuditEventEntity, 'seq' | 'occurredAt' | 'prevHash' | 'hash'>;

/**
 * The values of an event's own columns, in table order (action to user_agent): what the log appends
 * and what a bulk load (the audit benchmark) copies. Its data as jsonb keeps it: plain JSON (no
 * undefined, Dates as ISO text).
 */
export function auditEventContent(
  event: Pick<
    NewAuditEvent,
    'action' | 'actorUserId' | 'actorTokenId' | 'organizationId' | 'targetType' | 'targetId' | 'ip' | 'userAgent'
  > & {
    data: unknown;
  },
): unknown[] {
  return [
    event.action,
    event.actorUserId,
    event.actorTokenId,
    event.organizationId,
    event.targetType,
    event.targetId,
    JSON.stringify(event.data),
    event.ip,
    event.userAgent,
  ];
}

/** The audit log: append and read, nothing else (audit_event refuses UPDATE and DELETE). */
export class AuditEventRepository {
  /**
   * Appends an event inside the caller's transaction, without waiting for anyone: it is written
   * to audit_pending, and once that transaction commits, the chain pass that follows (on the same
   * connection, before the caller goes on) links it into audit_event with its seq, prev_hash and
   * hash (audit-chain/chain-writer.ts). Rolled back, it is gone with the rest. Outside a
   * transaction, it opens one of its own.
   */
  async append(manager: EntityManager, event: NewAuditEvent): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      await manager.transaction((inTransaction) => this.append(inTransaction, event));
      return;
    }
    await runner.query(
      `INSERT INTO audit_pending (occurred_at, action, actor_user_id, actor_token_id, organization_id, target_type,
        target_id, data, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
      // Millisecond precision, which timestamptz keeps exactly.
      [new Date(), ...auditEventContent(event)],
    );
    notePendingAuditEvent(runner);
  }

  /** A target's events, in chain order (oldest first); events still pending are not listed yet. */
  async listForTarget(manager: EntityManager, targetType: string, targetId: string): Promise<AuditEventEntity[]> {
    return manager.getRepository(AuditEventEntity).find({ where: { targetType, targetId }, order: { seq: 'ASC' } });
  }

  async listByAction(manager: EntityManager, action: string): Promise<AuditEventEntity[]> {
    return manager.getRepository(AuditEventEntity).find({ where: { action }, order: { seq: 'ASC' } });
  }
}
