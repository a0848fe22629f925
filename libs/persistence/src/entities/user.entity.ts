import type { Role } from '@preuve/domain';
import { Column, Entity, Index } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { ChildRow } from './row-columns.js';
import { Col } from './columns.js';

@Entity({ name: 'app_user' })
@Index('UQ_app_user_email', ['email'], { unique: true })
export class UserEntity extends ChildRow('organization', () => OrganizationEntity, 'FK_app_user_organization') {
  /** Stored lower-cased: one account per address whatever its case. */
  @Col.Text()
  email: string;

  @Col.Text('display_name')
  displayName: string;

  @Col.Varchar(32)
  role: Role;

  /** argon2id, PHC string. */
  @Col.Text('password_hash')
  passwordHash: string;

  @Col.Integer('failed_logins', { default: 0 })
  failedLogins: number;

  @Col.NullableTimestamp('locked_until')
  lockedUntil: Date | null;

  /** The TOTP secret, AES-256-GCM encrypted; set at enrolment, in force once `totpEnabledAt` is set. */
  @Col.NullableText('totp_secret')
  totpSecret: string | null;

  @Col.NullableTimestamp('totp_enabled_at')
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code is good once. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  @Col.CreatedAt('created_at', 'database default')
  createdAt: Date;
}
