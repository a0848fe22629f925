import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { allowedEvents, nextStatus, type DossierEvent } from '@preuve/domain';
import { DossierRepository, type DossierEntity } from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { DomainEvents, type EventType } from '../events/domain-events.js';
import { ReviewDossiers } from './review-dossiers.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** 409 unless the state machine allows `event` now, naming the current state and what is possible. */
export function refuseUnlessAllowed(dossier: DossierEntity, event: DossierEvent): void {
  if (nextStatus(dossier.status, event)) return;
  const allowed = allowedEvents(dossier.status);
  throw new AppError(
    ErrorCode.TransitionRefused,
    `The dossier is ${dossier.status}: « ${event} » is not possible now${allowed.length ? ` (possible: ${allowed.join(', ')})` : ''}.`,
    { status: dossier.status, event, allowed },
  );
}

/** Moves the dossier (in memory) through the state machine, or 409 naming the current state. */
export function transition(dossier: DossierEntity, event: DossierEvent): void {
  refuseUnlessAllowed(dossier, event);
  dossier.status = nextStatus(dossier.status, event)!;
}

/** A change of a dossier under review: the audit event's action and data, the domain event's type and data. */
export interface ReviewChange {
  type: EventType;
  audited: Record<string, unknown>;
  /** What the domain event carries; the audited data unless said. */
  published?: Record<string, unknown>;
}

/**
 * The review's state changes: starting a review, and saving a dossier's new state with what says
 * so (the audit event and the domain event, in the same transaction).
 */
@Injectable()
export class ReviewStateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviewDossiers: ReviewDossiers,
    private readonly dossiers: DossierRepository,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  async startReview(actor: Actor, id: string): Promise<{ status: string; round: number }> {
    const { principal } = actor;
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.reviewDossiers.find(manager, principal, id, { lock: true });
      await this.startIn(manager, dossier, principal, actor);
      return { status: dossier.status, round: dossier.round };
    });
  }

  /** Starts the review of a submitted dossier (a user starting it takes it if nobody has). */
  async startIn(
    manager: EntityManager,
    dossier: DossierEntity,
    principal: Principal,
    context: RequestContext,
  ): Promise<void> {
    transition(dossier, 'start_review');
    if (!dossier.assignedTo && principal.kind === 'user') dossier.assignedTo = principal.userId;
    await this.save(manager, context, dossier, { type: 'dossier.review_started', audited: { round: dossier.round } });
  }

  /** Saves the dossier (its new state), then audits and publishes the change. */
  async save(
    manager: EntityManager,
    context: RequestContext,
    dossier: DossierEntity,
    change: ReviewChange,
  ): Promise<void> {
    await this.dossiers.save(manager, dossier);
    await this.announce(manager, context, dossier, change);
  }

  /** Audits a change of the dossier and publishes its event (last: the event holds a lock until the commit). */
  async announce(
    manager: EntityManager,
    context: RequestContext,
    dossier: DossierEntity,
    { type, audited, published = audited }: ReviewChange,
  ): Promise<void> {
    await this.audit.record(manager, context, { action: type, ...aboutDossier(dossier), data: audited });
    await this.events.publish(manager, {
      type,
      dossierId: dossier.id,
      organizationId: dossier.organizationId,
      data: published,
    });
  }
}
