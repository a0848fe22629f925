import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DossierEntity } from './dossier.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { ChildRow, Created } from './row-columns.js';

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
  @Column({ type: 'text' })
  url: string;

  /** The event types it subscribes to (`dossier.submitted`, …). */
  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The signing secret, sealed (`v1.<nonce>.<tag>.<ciphertext>`). */
  @Column({ name: 'secret_sealed', type: 'text' })
  secretSealed: string;

  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true })
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
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => DossierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id', foreignKeyConstraintName: 'FK_webhook_delivery_dossier' })
  dossier?: DossierEntity;

  @Column({ name: 'event_type', type: 'varchar', length: 64 })
  eventType: string;

  @Column({ type: 'integer' })
  sequence: number;

  /** The exact JSON POSTed, the same bytes on every attempt. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 16 })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** While pending: when it is due (or, while an attempt is in flight, when a lost attempt is retried). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;

  /** When the event occurred (`occurredAt` in the body). */
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
