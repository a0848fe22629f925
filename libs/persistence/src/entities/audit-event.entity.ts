import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A security- or business-relevant event, append-only (a trigger refuses UPDATE and DELETE).
 * `seq` orders the log; `prevHash`/`hash` are there for the hash chain that links each event to
 * the one before it.
 */
@Entity({ name: 'audit_event' })
@Index('IX_audit_event_target', ['targetType', 'targetId', 'seq'])
@Index('IX_audit_event_organization', ['organizationId', 'seq'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz', precision: 6 })
  occurredAt: Date;

  /** e.g. `auth.login_succeeded`, `dossier.answers_changed`. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_token_id', type: 'uuid', nullable: true })
  actorTokenId: string | null;

  /** The organisation the event belongs to (the tenant it is shown to). */
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

  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash: string | null;
}
