import type { Role } from '@preuve/domain';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { ChildRow } from './row-columns.js';

@Entity({ name: 'app_user' })
@Index('UQ_app_user_email', ['email'], { unique: true })
export class UserEntity extends ChildRow('organization', () => OrganizationEntity, 'FK_app_user_organization') {
  /** Stored lower-cased: one account per address whatever its case. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** argon2id, PHC string. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** The TOTP secret, AES-256-GCM encrypted; set at enrolment, in force once `totpEnabledAt` is set. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code is good once. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
