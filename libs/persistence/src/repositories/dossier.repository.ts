import type { EntityManager } from 'typeorm';
import type { Answers, TenantScope } from '@preuve/domain';
import { DossierEntity, type DossierStatus } from '../entities/dossier.entity.js';
import { keysetPage, type KeysetPosition, type Page } from './keyset.js';
import { withinTenant } from './tenant.js';
import { isUuid } from './uuid.js';

export class DossierRepository {
  async insert(
    manager: EntityManager,
    dossier: Pick<DossierEntity, 'organizationId' | 'productId' | 'referentialId' | 'createdBy'>,
  ): Promise<DossierEntity> {
    const repository = manager.getRepository(DossierEntity);
    return repository.save(
      repository.create({ ...dossier, status: 'draft', round: 1, answers: {}, firstSubmittedAt: null }),
    );
  }

  async findById(
    manager: EntityManager,
    scope: TenantScope,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<DossierEntity | null> {
    if (!isUuid(id)) return null;
    const query = manager.getRepository(DossierEntity).createQueryBuilder('dossier').where('dossier.id = :id', { id });
    if (options.lock) query.setLock('pessimistic_write');
    return withinTenant(query, 'dossier', 'dossier', scope).getOne();
  }

  async list(
    manager: EntityManager,
    scope: TenantScope,
    filter: { status?: DossierStatus },
    after: KeysetPosition | null,
    limit: number,
  ): Promise<Page<DossierEntity>> {
    const query = manager.getRepository(DossierEntity).createQueryBuilder('dossier');
    if (filter.status) query.andWhere('dossier.status = :status', { status: filter.status });
    return keysetPage(withinTenant(query, 'dossier', 'dossier', scope), 'dossier', after, limit);
  }

  /** Saves new answers; the version column moves on, so concurrent writers notice. */
  async updateAnswers(manager: EntityManager, dossier: DossierEntity, answers: Answers): Promise<DossierEntity> {
    dossier.answers = answers;
    return manager.getRepository(DossierEntity).save(dossier);
  }
}
