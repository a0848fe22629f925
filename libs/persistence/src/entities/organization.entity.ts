import type { OrganizationKind } from '@preuve/domain';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from './columns.js';

/** A vendor (éditeur), the authority (ANS), or the platform operators' own organisation. */
@Entity({ name: 'organization' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Col.Text()
  name: string;

  @Col.Varchar(16)
  kind: OrganizationKind;

  @Col.CreatedAt('created_at', 'database default')
  createdAt: Date;
}
