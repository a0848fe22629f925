import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { tenantOfOrganization } from '@preuve/domain';
import { acrossTenantsWithin, WebhookDeliveryRepository, WebhookEndpointRepository } from '@preuve/persistence';

/** The channel a committed outbox row NOTIFYs, so that every instance's worker wakes at once. */
export const WEBHOOK_CHANNEL = 'preuve_webhooks';

/** Events integrations can subscribe to (webhooks). */
export const EVENT_TYPES = [
  'dossier.submitted',
  'dossier.review_started',
  'scenario.verdict_given',
  'dossier.changes_requested',
  'dossier.approved',
  'dossier.rejected',
  'evidence.uploaded',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface DomainEvent {
  type: EventType;
  dossierId: string;
  /** The vendor organisation the dossier belongs to. */
  organizationId: string;
  data: Record<string, unknown>;
}

/**
 * Publishes a business event inside the transaction of the change that caused it (a transactional
 * outbox): the event exists if and only if the change committed.
 *
 * Each active webhook endpoint subscribed to the event's type whose organisation may read the
 * dossier (the tenant wall decides: the vendor its own dossiers, the authority every dossier
 * submitted at least once) gets one pending delivery, numbered in the dossier's sequence; the
 * commit NOTIFYs the workers. Without such an endpoint nothing is written. Call it last in the
 * transaction: it holds a per-dossier lock until the commit.
 */
/** Something else that acts on events in the transaction of the change (the notifications' outbox). */
export type DomainEventListener = (manager: EntityManager, event: DomainEvent) => Promise<void>;

@Injectable()
export class DomainEvents {
  private readonly listeners: DomainEventListener[] = [];

  constructor(
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: WebhookDeliveryRepository,
  ) {}

  /** Registers a listener, called in the transaction of each event before the webhooks are queued. */
  listen(listener: DomainEventListener): void {
    this.listeners.push(listener);
  }

  /**
   * Crosses tenants by design (the authority's endpoints and users hear of a vendor's change), so
   * it runs across tenants even inside a vendor's transaction; who may see the dossier is still the
   * tenant wall's call, below.
   */
  publish(manager: EntityManager, event: DomainEvent): Promise<void> {
    return acrossTenantsWithin(manager, () => this.fanOut(manager, event));
  }

  private async fanOut(manager: EntityManager, event: DomainEvent): Promise<void> {
    for (const listener of this.listeners) await listener(manager, event);
    const subscribed = await this.endpoints.subscribed(manager, event.type, event.organizationId);
    if (subscribed.length === 0) return;
    const sees = new Map<string, boolean>();
    const receivers: string[] = [];
    for (const endpoint of subscribed) {
      let visible = sees.get(endpoint.organizationId);
      if (visible === undefined) {
        const scope = tenantOfOrganization(endpoint.organizationKind, endpoint.organizationId);
        visible = await this.deliveries.dossierVisibleTo(manager, scope, event.dossierId);
        sees.set(endpoint.organizationId, visible);
      }
      if (visible) receivers.push(endpoint.id);
    }
    if (receivers.length === 0) return;
    const eventId = randomUUID();
    const occurredAt = new Date();
    const body = JSON.stringify({
      id: eventId,
      type: event.type,
      occurredAt: occurredAt.toISOString(),
      dossierId: event.dossierId,
      organizationId: event.organizationId,
      data: event.data,
    });
    await this.deliveries.enqueue(
      manager,
      { endpointIds: receivers, eventId, type: event.type, dossierId: event.dossierId, body, occurredAt },
      WEBHOOK_CHANNEL,
    );
  }
}
