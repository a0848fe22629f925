import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { ChildRow } from './row-columns.js';

/** An organisation's token for integrations. Only its SHA-256 is kept; the token is shown once. */
@Entity({ name: 'api_token' })
@Index('UQ_api_token_hash', ['tokenHash'], { unique: true })
@Index('IX_api_token_organization', ['organizationId'])
export class ApiTokenEntity extends ChildRow('organization', () => OrganizationEntity, 'FK_api_token_organization') {
  @Column({ type: 'text' })
  name: string;

  /** The first characters of the token (`prv_AbCd`), to recognise it in a list. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'text', array: true })
  scopes: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
