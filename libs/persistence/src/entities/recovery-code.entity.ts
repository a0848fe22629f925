import { Column, Entity, Index } from 'typeorm';
import { UserEntity } from './user.entity.js';
import { ChildRow } from './row-columns.js';

/** A single-use two-factor recovery code, stored as a SHA-256 of the code. */
@Entity({ name: 'recovery_code' })
@Index('IX_recovery_code_user', ['userId'])
export class RecoveryCodeEntity extends ChildRow('user', () => UserEntity, 'FK_recovery_code_user', 'CASCADE') {
  @Column({ name: 'code_hash', type: 'char', length: 64 })
  codeHash: string;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
