import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An audit event written by a committed transaction and not yet linked into the hash chain: the
 * chain pass that follows the commit moves it into audit_event with its seq, prev_hash and hash
 * (see audit-chain/chain-writer.ts). The same columns as audit_event, in writing order (`id`).
 * Rows are only inserted and deleted: a trigger refuses UPDATE.
 */
@Entity({ name: 'audit_pending' })
export class AuditPendingEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 6 })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_token_id', type: 'uuid', nullable: true })
  actorTokenId: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
}
