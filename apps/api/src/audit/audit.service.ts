import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventRepository } from '@preuve/persistence';
import { type RequestContext, actingUser, actingToken } from '../common/access/principal.js';

export interface AuditRecord {
  /** e.g. `auth.login_succeeded`, `dossier.answers_changed`. */
  action: string;
  /** The tenant the event belongs to; defaults to the actor's organisation. */
  organizationId?: string | null;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
  /** The user acting, when the context has no principal yet (login). */
  actorUserId?: string;
}

/** Whom an event is about: the tenant it belongs to and its target. */
type Subject = Required<Pick<AuditRecord, 'organizationId' | 'targetType' | 'targetId'>>;

/** An event about a dossier belongs to the dossier's organisation (the vendor's), whoever acts. */
export function aboutDossier(dossier: { id: string; organizationId: string }): Subject {
  return { organizationId: dossier.organizationId, targetType: 'dossier', targetId: dossier.id };
}

/** An event about one record of an organisation (a user, a token, a webhook…) belongs to that organisation. */
export function aboutRecordOf(organizationId: string, targetType: string, targetId: string): Subject {
  return { organizationId, targetType, targetId };
}

/**
 * An event a user causes about their own account before the request has a principal (signing in):
 * the user acts, is the target, and the event belongs to their organisation.
 */
export function aboutOwnAccount(user: { id: string; organizationId: string }): Subject & { actorUserId: string } {
  return { organizationId: user.organizationId, actorUserId: user.id, targetType: 'user', targetId: user.id };
}

/** Writes audit events inside the caller's transaction: the event commits with the change, or not at all. */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  async record(manager: EntityManager, context: RequestContext | null, record: AuditRecord): Promise<void> {
    const principal = context?.principal ?? null;
    await this.events.append(manager, {
      action: record.action,
      actorUserId: record.actorUserId ?? actingUser(principal),
      actorTokenId: actingToken(principal),
      organizationId: record.organizationId === undefined ? (principal?.organizationId ?? null) : record.organizationId,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      data: record.data ?? {},
      ip: context?.ip ?? null,
      userAgent: context?.userAgent ?? null,
    });
  }
}
