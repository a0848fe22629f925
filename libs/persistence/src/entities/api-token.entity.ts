import { Entity, Index } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { ChildRow } from './row-columns.js';
import { Col } from './columns.js';

/** An organisation's token for integrations. Only its SHA-256 is kept; the token is shown once. */
@Entity({ name: 'api_token' })
@Index('UQ_api_token_hash', ['tokenHash'], { unique: true })
@Index('IX_api_token_organization', ['organizationId'])
export class ApiTokenEntity extends ChildRow('organization', () => OrganizationEntity, 'FK_api_token_organization') {
  @Col.Text()
  name: string;

  /** The first characters of the token (`prv_AbCd`), to recognise it in a list. */
  @Col.Varchar(16)
  prefix: string;

  @Col.Sha256('token_hash')
  tokenHash: string;

  @Col.Text({ array: true })
  scopes: string[];

  @Col.NullableUuid('created_by')
  createdBy: string | null;

  @Col.CreatedAt('created_at', 'database default')
  createdAt: Date;

  @Col.NullableTimestamp('revoked_at')
  revokedAt: Date | null;

  @Col.NullableTimestamp('last_used_at')
  lastUsedAt: Date | null;
}
