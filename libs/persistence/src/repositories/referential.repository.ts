import type { EntityManager } from 'typeorm';
import { ReferentialEntity } from '../entities/referential.entity.js';
import { isUuid } from './uuid.js';

export type ReferentialSummary = Pick<
  ReferentialEntity,
  'id' | 'programme' | 'code' | 'version' | 'title' | 'contentHash'
>;

/** Queries on published référentiels. No rules here: callers decide what a result means. */
export class ReferentialRepository {
  async listSummaries(manager: EntityManager): Promise<ReferentialSummary[]> {
    return manager.getRepository(ReferentialEntity).find({
      select: { id: true, programme: true, code: true, version: true, title: true, contentHash: true },
      order: { programme: 'ASC', code: 'ASC', version: 'ASC' },
    });
  }

  /** The référentiel with this id, or null (also for ids that are not UUIDs). */
  async findById(manager: EntityManager, id: string): Promise<ReferentialEntity | null> {
    if (!isUuid(id)) return null;
    return manager.getRepository(ReferentialEntity).findOneBy({ id });
  }

  async findByCodeAndVersion(manager: EntityManager, code: string, version: string): Promise<ReferentialEntity | null> {
    return manager.getRepository(ReferentialEntity).findOneBy({ code, version });
  }

  async insert(manager: EntityManager, row: Omit<ReferentialEntity, 'id' | 'loadedAt'>): Promise<ReferentialEntity> {
    const repository = manager.getRepository(ReferentialEntity);
    return repository.save(repository.create(row));
  }

  /** Serialises concurrent loads of the same version (two instances starting at once). */
  async lockCodeVersion(manager: EntityManager, code: string, version: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`referential:${code}:${version}`]);
  }
}
