import { Column, Entity, Index } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { ChildRow, Created } from './row-columns.js';

/** A vendor's product (the DMN or software under assessment), in one version. */
@Entity({ name: 'product' })
@Index('IX_product_organization_created', ['organizationId', 'createdAt', 'id'])
export class ProductEntity extends Created(
  ChildRow('organization', () => OrganizationEntity, 'FK_product_organization'),
) {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
