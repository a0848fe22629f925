import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';
import { ChildRow } from './row-columns.js';
import { Col } from './columns.js';

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
  @Col.Text('event_key')
  eventKey: string;

  /** `dossier_queued`, `changes_requested`, `decision`, `deadline`, `digest`. */
  @Col.Varchar(32)
  kind: string;

  @Col.NullableUuid('dossier_id')
  dossierId: string | null;

  /** French, one line: the in-app title and the e-mail subject. */
  @Col.Text()
  title: string;

  /** French plain text. */
  @Col.Text()
  body: string;

  /** The facts the templates use (names, comments, links). */
  @Col.Jsonb()
  data: Record<string, unknown>;

  /** Shown in the in-app list (false when the user turned this kind off in the app). */
  @Col.Boolean('in_app')
  inApp: boolean;

  @Col.CreatedAt()
  createdAt: Date;

  @Col.NullableInstant('read_at')
  readAt: Date | null;

  @Col.Varchar(16, 'email_status')
  emailStatus: EmailStatus;

  @Col.Integer('email_attempts', { default: 0 })
  emailAttempts: number;

  /** While pending: when the next attempt is due (or when a claimed attempt's lease lapses). */
  @Col.NullableInstant('email_next_attempt_at')
  emailNextAttemptAt: Date | null;

  @Col.NullableInstant('email_sent_at')
  emailSentAt: Date | null;

  @Col.NullableText('email_error')
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

  @Col.Boolean()
  email: boolean;

  @Col.Boolean('in_app')
  inApp: boolean;

  @Col.CreatedAt('updated_at')
  updatedAt: Date;
}
