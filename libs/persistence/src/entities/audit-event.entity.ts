import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditEventColumns } from './audit-event-columns.js';

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

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz', precision: 6 })
  occurredAt: Date;

  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash: string | null;
}
