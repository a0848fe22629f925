import { Column } from 'typeorm';

/**
 * The columns an audit event has both while it waits for the chain (audit_pending) and once
 * linked into it (audit_event). Each table adds its own key and `occurred_at`.
 */
export abstract class AuditEventColumns {
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
}
