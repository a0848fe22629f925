import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';
import { ChildRow } from './row-columns.js';

export const EMAIL_STATUSES = ['pending', 'sent', 'skipped', 'failed', 'refused'] as const;
/**
 * `pending`: waiting for (another) attempt; `sent`: the SMTP server accepted it; `skipped`: no
 * e-mail wanted (preference) or none configured; `failed`: given up after the last attempt;
 * `refused`: the message would have been unsafe (a line break in a header), nothing was sent.
 */
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * A notification for one user: the in-app list, and the outbox of its e-mail. Written in the
 * transaction of the change it tells about, at most once per user and event (`event_key`).
 */
@Entity({ name: 'notification' })
@Index('UQ_notification_event', ['userId', 'eventKey'], { unique: true })
@Index('IX_notification_user', ['userId', 'createdAt', 'id'])
@Index('IX_notification_email_due', ['emailNextAttemptAt'], { where: `"email_status" = 'pending'` })
export class NotificationEntity extends ChildRow('user', () => UserEntity, 'FK_notification_user', 'CASCADE') {
  /** What it is about, once per user: e.g. `dossier.submitted:<event id>`, `digest:2026-12-05`. */
  @Column({ name: 'event_key', type: 'text' })
  eventKey: string;

  /** `dossier_queued`, `changes_requested`, `decision`, `deadline`, `digest`. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'dossier_id', type: 'uuid', nullable: true })
  dossierId: string | null;

  /** French, one line: the in-app title and the e-mail subject. */
  @Column({ type: 'text' })
  title: string;

  /** French plain text. */
  @Column({ type: 'text' })
  body: string;

  /** The facts the templates use (names, comments, links). */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  /** Shown in the in-app list (false when the user turned this kind off in the app). */
  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @Column({ name: 'email_status', type: 'varchar', length: 16 })
  emailStatus: EmailStatus;

  @Column({ name: 'email_attempts', type: 'integer', default: 0 })
  emailAttempts: number;

  /** While pending: when the next attempt is due (or when a claimed attempt's lease lapses). */
  @Column({ name: 'email_next_attempt_at', type: 'timestamptz', precision: 3, nullable: true })
  emailNextAttemptAt: Date | null;

  @Column({ name: 'email_sent_at', type: 'timestamptz', precision: 3, nullable: true })
  emailSentAt: Date | null;

  @Column({ name: 'email_error', type: 'text', nullable: true })
  emailError: string | null;
}

/** One user's choice for one kind of notification; without a row, everything is on. */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_preference_user' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'boolean' })
  email: boolean;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  @CreateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
