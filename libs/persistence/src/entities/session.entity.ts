import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { UserEntity } from './user.entity.js';
import { ChildRow } from './row-columns.js';

/** A browser session: the refresh token lives in an HttpOnly cookie; only its SHA-256 is kept. */
@Entity({ name: 'session' })
@Index('UQ_session_refresh_hash', ['refreshHash'], { unique: true })
export class SessionEntity extends ChildRow('user', () => UserEntity, 'FK_session_user', 'CASCADE') {
  @Column({ name: 'refresh_hash', type: 'char', length: 64 })
  refreshHash: string;

  @Column({ name: 'csrf_hash', type: 'char', length: 64 })
  csrfHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
