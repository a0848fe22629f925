import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditEventColumns } from './audit-event-columns.js';
import { Col } from './columns.js';

/**
 * A security- or business-relevant event, append-only (a trigger refuses UPDATE and DELETE).
 * `seq` orders the log; `prevHash`/`hash` are there for the hash chain that links each event to
 * the one before it.
 */
@Entity({ name: 'audit_event' })
@Index('IX_audit_event_target', ['targetType', 'targetId', 'seq'])
@Index('IX_audit_event_organization', ['organizationId', 'seq'])
export class AuditEventEntity extends AuditEventColumns {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Col.CreatedAt('occurred_at', 6)
  occurredAt: Date;

  @Col.NullableSha256('prev_hash')
  prevHash: string | null;

  @Col.NullableSha256()
  hash: string | null;
}
