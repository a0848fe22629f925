import { Column, Entity, Index } from 'typeorm';
import { UserEntity } from './user.entity.js';
import { ChildRow } from './row-columns.js';
import { Col } from './columns.js';

/** A browser session: the refresh token lives in an HttpOnly cookie; only its SHA-256 is kept. */
@Entity({ name: 'session' })
@Index('UQ_session_refresh_hash', ['refreshHash'], { unique: true })
export class SessionEntity extends ChildRow('user', () => UserEntity, 'FK_session_user', 'CASCADE') {
  @Col.Sha256('refresh_hash')
  refreshHash: string;

  @Col.Sha256('csrf_hash')
  csrfHash: string;

  @Col.CreatedAt('created_at', 'database default')
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Col.NullableTimestamp('revoked_at')
  revokedAt: Date | null;

  @Col.NullableText('user_agent')
  userAgent: string | null;

  @Col.NullableText()
  ip: string | null;
}
