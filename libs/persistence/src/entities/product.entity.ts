import { Entity, Index } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { ChildRow, Created } from './row-columns.js';
import { Col } from './columns.js';

/** A vendor's product (the DMN or software under assessment), in one version. */
@Entity({ name: 'product' })
@Index('IX_product_organization_created', ['organizationId', 'createdAt', 'id'])
export class ProductEntity extends Created(
  ChildRow('organization', () => OrganizationEntity, 'FK_product_organization'),
) {
  @Col.Text()
  name: string;

  @Col.Text()
  version: string;

  @Col.NullableText()
  description: string | null;
}
