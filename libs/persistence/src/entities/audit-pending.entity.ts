import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditEventColumns } from './audit-event-columns.js';

/**
 * An audit event written by a committed transaction and not yet linked into the hash chain: the
 * chain pass that follows the commit moves it into audit_event with its seq, prev_hash and hash
 * (see audit-chain/chain-writer.ts). The same columns as audit_event, in writing order (`id`).
 * Rows are only inserted and deleted: a trigger refuses UPDATE.
 */
@Entity({ name: 'audit_pending' })
export class AuditPendingEntity extends AuditEventColumns {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 6 })
  occurredAt: Date;
}
