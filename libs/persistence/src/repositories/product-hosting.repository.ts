import type { EntityManager } from 'typeorm';
import { ProductHostingEntity } from '../entities/product-hosting.entity.js';

/** Products' hosting declarations. Insert and read only: rows are never changed. */
export class ProductHostingRepository {
  async append(
    manager: EntityManager,
    row: Pick<
      ProductHostingEntity,
      'productId' | 'organizationId' | 'hosts' | 'exemption' | 'createdBy' | 'createdByToken'
    >,
  ): Promise<ProductHostingEntity> {
    const repository = manager.getRepository(ProductHostingEntity);
    return repository.save(repository.create(row));
  }

  /** The product's current declaration: its latest row, or null. */
  async latest(manager: EntityManager, productId: string): Promise<ProductHostingEntity | null> {
    return manager
      .getRepository(ProductHostingEntity)
      .createQueryBuilder('hosting')
      .where('hosting.productId = :productId', { productId })
      .orderBy('hosting.createdAt', 'DESC')
      .addOrderBy('hosting.id', 'DESC')
      .getOne();
  }

  /** Every declaration of the product, newest first. */
  async history(manager: EntityManager, productId: string, limit = 100): Promise<ProductHostingEntity[]> {
    return manager
      .getRepository(ProductHostingEntity)
      .createQueryBuilder('hosting')
      .where('hosting.productId = :productId', { productId })
      .orderBy('hosting.createdAt', 'DESC')
      .addOrderBy('hosting.id', 'DESC')
      .limit(limit)
      .getMany();
  }
}
