import { Col } from './columns.js';

/**
 * The columns an audit event has both while it waits for the chain (audit_pending) and once
 * linked into it (audit_event). Each table adds its own key and `occurred_at`.
 */
export abstract class AuditEventColumns {
  /** e.g. `auth.login_succeeded`, `dossier.answers_changed`. */
  @Col.Varchar(64)
  action: string;

  @Col.NullableUuid('actor_user_id')
  actorUserId: string | null;

  @Col.NullableUuid('actor_token_id')
  actorTokenId: string | null;

  /** The organisation the event belongs to (the tenant it is shown to). */
  @Col.NullableUuid('organization_id')
  organizationId: string | null;

  @Col.Varchar(32, 'target_type', { nullable: true })
  targetType: string | null;

  @Col.NullableText('target_id')
  targetId: string | null;

  @Col.Jsonb()
  data: Record<string, unknown>;

  @Col.NullableText()
  ip: string | null;

  @Col.NullableText('user_agent')
  userAgent: string | null;
}
