import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ProductHostingEntity } from '../entities/product-hosting.entity.js';
import { insertRow } from './entity-rows.js';

export type NewProductHosting = Omit<ProductHostingEntity, 'id' | 'createdAt' | 'product'>;

/** Products' hosting declarations. Insert and read only: rows are never changed. */
export class ProductHostingRepository {
  async append(manager: EntityManager, row: NewProductHosting): Promise<ProductHostingEntity> {
    return insertRow(manager, ProductHostingEntity, row);
  }

  /** The product's current declaration: its latest row, or null. */
  async latest(manager: EntityManager, productId: string): Promise<ProductHostingEntity | null> {
    return this.newestFirst(manager, productId).getOne();
  }

  /** Every declaration of the product, newest first. */
  async history(manager: EntityManager, productId: string, limit = 100): Promise<ProductHostingEntity[]> {
    return this.newestFirst(manager, productId).limit(limit).getMany();
  }

  private newestFirst(manager: EntityManager, productId: string): SelectQueryBuilder<ProductHostingEntity> {
    return manager
      .getRepository(ProductHostingEntity)
      .createQueryBuilder('hosting')
      .where('hosting.productId = :productId', { productId })
      .orderBy('hosting.createdAt', 'DESC')
      .addOrderBy('hosting.id', 'DESC');
  }
}
