import { Entity, Index } from 'typeorm';
import { DossierEntity } from './dossier.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { ChildRow, Created, ParentRelation } from './row-columns.js';
import { Col } from './columns.js';

/**
 * An organisation's webhook endpoint: where its events are POSTed. Never deleted: « deleting » one
 * sets `disabled_at`, so its delivery log stays readable. The signing secret is kept sealed
 * (AES-256-GCM with a key derived for that purpose); it is shown once, at registration.
 */
@Entity({ name: 'webhook_endpoint' })
@Index('IX_webhook_endpoint_organization', ['organizationId', 'createdAt'])
export class WebhookEndpointEntity extends Created(
  ChildRow('organization', () => OrganizationEntity, 'FK_webhook_endpoint_organization'),
) {
  @Col.Text()
  url: string;

  /** The event types it subscribes to (`dossier.submitted`, …). */
  @Col.Text({ array: true })
  events: string[];

  @Col.NullableText()
  description: string | null;

  /** The signing secret, sealed (`v1.<nonce>.<tag>.<ciphertext>`). */
  @Col.Text('secret_sealed')
  secretSealed: string;

  @Col.NullableInstant('disabled_at')
  disabledAt: Date | null;
}

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
/**
 * `pending`: waiting for its (next) attempt; `delivered`: a 2xx came back; `failed`: given up after
 * the last attempt; `cancelled`: the endpoint was disabled before it could be delivered.
 */
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one endpoint: the transactional outbox row, written in the transaction of the
 * change, then the delivery log. Never deleted; the worker updates its status and attempts.
 * `sequence` numbers a dossier's events (the same number for every endpoint of one event): an
 * endpoint gets a dossier's events in that order, the next one only once the previous one is
 * settled. Its own id is sent as `Preuve-Delivery`.
 */
@Entity({ name: 'webhook_delivery' })
@Index('UQ_webhook_delivery_sequence', ['dossierId', 'endpointId', 'sequence'], { unique: true })
@Index('IX_webhook_delivery_due', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('IX_webhook_delivery_log', ['endpointId', 'createdAt', 'id'])
export class WebhookDeliveryEntity extends ChildRow(
  'endpoint',
  () => WebhookEndpointEntity,
  'FK_webhook_delivery_endpoint',
) {
  /** The event's id (`id` in the body): the same for every endpoint that receives the event. */
  @Col.Uuid('event_id')
  eventId: string;

  dossierId: string;

  @ParentRelation(() => DossierEntity, 'FK_webhook_delivery_dossier')
  dossier?: DossierEntity;

  @Col.Varchar(64, 'event_type')
  eventType: string;

  @Col.Integer()
  sequence: number;

  /** The exact JSON POSTed, the same bytes on every attempt. */
  @Col.Text()
  body: string;

  @Col.Varchar(16)
  status: WebhookDeliveryStatus;

  @Col.Integer({ default: 0 })
  attempts: number;

  /** While pending: when it is due (or, while an attempt is in flight, when a lost attempt is retried). */
  @Col.NullableInstant('next_attempt_at')
  nextAttemptAt: Date | null;

  @Col.NullableInstant('last_attempt_at')
  lastAttemptAt: Date | null;

  @Col.Integer('last_status_code', { nullable: true })
  lastStatusCode: number | null;

  @Col.NullableText('last_error')
  lastError: string | null;

  @Col.NullableInstant('delivered_at')
  deliveredAt: Date | null;

  /** When the event occurred (`occurredAt` in the body). */
  @Col.Instant('created_at')
  createdAt: Date;
}
