import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { oldestFirst } from './entity-rows.js';
import { isUuid } from './uuid.js';

/**
 * The common part of the repositories of an organisation's own rows (its users, API tokens,
 * webhook endpoints): list them in creation order, and find one only within the organisation.
 */
export abstract class OrganizationRowsRepository<Row extends { id: string; organizationId: string; createdAt: Date }> {
  protected constructor(private readonly entity: EntityTarget<Row>) {}

  async findInOrganization(manager: EntityManager, organizationId: string, id: string): Promise<Row | null> {
    if (!isUuid(id)) return null;
    return manager.getRepository(this.entity).findOneBy({ id, organizationId } as FindOptionsWhere<Row>);
  }

  async listByOrganization(manager: EntityManager, organizationId: string): Promise<Row[]> {
    return oldestFirst(manager, this.entity, { organizationId } as FindOptionsWhere<Row>);
  }
}
