import { Entity, Index } from 'typeorm';
import type { HdsExemption, HdsHost } from '@preuve/domain';
import { ProductEntity } from './product.entity.js';
import { Authored, ChildRow } from './row-columns.js';
import { Col } from './columns.js';

/**
 * A product's HDS hosting as declared at one time: its hosts (activities, certificates) or the
 * exemption that applies. Never updated or deleted (a trigger refuses both): a change is a new
 * row, the current declaration is the latest one, and the history stays.
 */
@Entity({ name: 'product_hosting' })
@Index('IX_product_hosting_product', ['productId', 'createdAt', 'id'])
export class ProductHostingEntity extends Authored(
  ChildRow('product', () => ProductEntity, 'FK_product_hosting_product'),
) {
  /** The vendor organisation owning the product (tenant walls). */
  @Col.Uuid('organization_id')
  organizationId: string;

  @Col.Jsonb()
  hosts: HdsHost[];

  @Col.NullableJsonb()
  exemption: HdsExemption | null;
}
