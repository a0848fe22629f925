import type { EntityManager } from 'typeorm';
import { ReferentialEntity } from '../entities/referential.entity.js';
import { isUuid } from './uuid.js';
import { insertRow } from './entity-rows.js';

export type ReferentialSummary = Pick<
  ReferentialEntity,
  | 'id'
  | 'programme'
  | 'code'
  | 'version'
  | 'title'
  | 'contentHash'
  | 'couloir'
  | 'dispositif'
  | 'vague'
  | 'status'
  | 'publishedAt'
>;

/** What an insert must say; the rest (draft fields) is optional. */
export type NewReferential = Pick<
  ReferentialEntity,
  'programme' | 'code' | 'version' | 'title' | 'contentHash' | 'content'
> &
  Partial<Omit<ReferentialEntity, 'id' | 'loadedAt'>>;

/** Queries on published référentiels. No rules here: callers decide what a result means. */
export class ReferentialRepository {
  /** Published versions; with `includeDrafts`, drafts too. */
  async listSummaries(
    manager: EntityManager,
    options: { includeDrafts?: boolean } = {},
  ): Promise<ReferentialSummary[]> {
    return manager.getRepository(ReferentialEntity).find({
      select: {
        id: true,
        programme: true,
        code: true,
        version: true,
        title: true,
        contentHash: true,
        couloir: true,
        dispositif: true,
        vague: true,
        status: true,
        publishedAt: true,
      },
      where: options.includeDrafts ? {} : { status: 'published' },
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

  async insert(manager: EntityManager, row: NewReferential): Promise<ReferentialEntity> {
    return insertRow(manager, ReferentialEntity, row);
  }

  /** Replaces what a draft holds (the trigger refuses it for a published row). */
  async updateDraft(
    manager: EntityManager,
    id: string,
    patch: Partial<
      Pick<ReferentialEntity, 'content' | 'contentHash' | 'overlay' | 'status' | 'publishedAt' | 'publishedBy'>
    >,
  ): Promise<void> {
    // TypeORM's deep-partial type cannot follow a JSON Logic rule's open shape; the patch is a plain row patch.
    await manager.getRepository(ReferentialEntity).update({ id, status: 'draft' }, patch as never);
  }

  /** The row locked for the rest of the transaction (a publish and an overlay cannot cross). */
  async findByIdForUpdate(manager: EntityManager, id: string): Promise<ReferentialEntity | null> {
    if (!isUuid(id)) return null;
    return manager.getRepository(ReferentialEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Serialises concurrent loads of the same version (two instances starting at once). */
  async lockCodeVersion(manager: EntityManager, code: string, version: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`referential:${code}:${version}`]);
  }
}
