import { Entity, Index } from 'typeorm';
import { UserEntity } from './user.entity.js';
import { ChildRow } from './row-columns.js';
import { Col } from './columns.js';

/** A single-use two-factor recovery code, stored as a SHA-256 of the code. */
@Entity({ name: 'recovery_code' })
@Index('IX_recovery_code_user', ['userId'])
export class RecoveryCodeEntity extends ChildRow('user', () => UserEntity, 'FK_recovery_code_user', 'CASCADE') {
  @Col.Sha256('code_hash')
  codeHash: string;

  @Col.NullableTimestamp('used_at')
  usedAt: Date | null;
}
