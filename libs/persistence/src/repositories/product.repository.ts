import type { EntityManager } from 'typeorm';
import type { TenantScope } from '@preuve/domain';
import { ProductEntity } from '../entities/product.entity.js';
import { keysetPage, type KeysetPosition, type Page } from './keyset.js';
import { withinTenant } from './tenant.js';
import { isUuid } from './uuid.js';
import { insertRow } from './entity-rows.js';

export class ProductRepository {
  async insert(
    manager: EntityManager,
    product: Pick<ProductEntity, 'organizationId' | 'name' | 'version' | 'description' | 'createdBy'>,
  ): Promise<ProductEntity> {
    return insertRow(manager, ProductEntity, product);
  }

  async findById(manager: EntityManager, scope: TenantScope, id: string): Promise<ProductEntity | null> {
    if (!isUuid(id)) return null;
    const query = manager.getRepository(ProductEntity).createQueryBuilder('product').where('product.id = :id', { id });
    return withinTenant(query, 'product', 'product', scope).getOne();
  }

  async list(
    manager: EntityManager,
    scope: TenantScope,
    after: KeysetPosition | null,
    limit: number,
  ): Promise<Page<ProductEntity>> {
    const query = manager.getRepository(ProductEntity).createQueryBuilder('product');
    return keysetPage(withinTenant(query, 'product', 'product', scope), 'product', after, limit);
  }
}
