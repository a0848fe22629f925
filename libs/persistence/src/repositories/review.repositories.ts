import type { EntityManager } from 'typeorm';
import type { DossierStatus, TenantScope } from '@preuve/domain';
import { ReviewDecisionEntity, ScenarioCommentEntity, ScenarioVerdictEntity } from '../entities/review.entities.js';
import { positional, tenantCondition } from './tenant.js';

export class VerdictRepository {
  async insert(
    manager: EntityManager,
    verdict: Omit<ScenarioVerdictEntity, 'id' | 'dossier'>,
  ): Promise<ScenarioVerdictEntity> {
    const repository = manager.getRepository(ScenarioVerdictEntity);
    return repository.save(repository.create(verdict));
  }

  /** Every verdict of a dossier, oldest first (the latest per scenario is the current one). */
  async listForDossier(manager: EntityManager, dossierId: string): Promise<ScenarioVerdictEntity[]> {
    return manager
      .getRepository(ScenarioVerdictEntity)
      .find({ where: { dossierId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}

export class CommentRepository {
  async insert(
    manager: EntityManager,
    comment: Omit<ScenarioCommentEntity, 'id' | 'dossier'>,
  ): Promise<ScenarioCommentEntity> {
    const repository = manager.getRepository(ScenarioCommentEntity);
    return repository.save(repository.create(comment));
  }

  async listForScenario(
    manager: EntityManager,
    dossierId: string,
    scenarioCode: string,
  ): Promise<ScenarioCommentEntity[]> {
    return manager
      .getRepository(ScenarioCommentEntity)
      .find({ where: { dossierId, scenarioCode }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async findInDossier(manager: EntityManager, dossierId: string, id: string): Promise<ScenarioCommentEntity | null> {
    return manager.getRepository(ScenarioCommentEntity).findOneBy({ dossierId, id });
  }
}

export class DecisionRepository {
  async insert(
    manager: EntityManager,
    decision: Omit<ReviewDecisionEntity, 'id' | 'dossier'>,
  ): Promise<ReviewDecisionEntity> {
    const repository = manager.getRepository(ReviewDecisionEntity);
    return repository.save(repository.create(decision));
  }

  async listForDossier(manager: EntityManager, dossierId: string): Promise<ReviewDecisionEntity[]> {
    return manager.getRepository(ReviewDecisionEntity).find({ where: { dossierId }, order: { createdAt: 'ASC' } });
  }
}

export interface QueueFilter {
  status?: DossierStatus;
  referentialId?: string;
  organizationId?: string;
  submittedFrom?: Date;
  submittedTo?: Date;
  /** A reviewer id, or null for unassigned dossiers. */
  assignee?: string | null;
  openChangeRequests?: boolean;
}

export interface QueueRow {
  id: string;
  status: DossierStatus;
  round: number;
  organization_id: string;
  organization_name: string;
  product_id: string;
  product_name: string;
  product_version: string;
  referential_id: string;
  referential_code: string;
  referential_version: string;
  assigned_to: string | null;
  last_submitted_at: Date;
  first_submitted_at: Date;
}

/** The reviewer queue: submitted dossiers, longest waiting first, keyset-paginated. One query. */
export class ReviewQueueRepository {
  async page(
    manager: EntityManager,
    scope: TenantScope,
    filter: QueueFilter,
    after: { lastSubmittedAt: Date; id: string } | null,
    limit: number,
  ): Promise<{ rows: QueueRow[]; next: { lastSubmittedAt: Date; id: string } | null }> {
    const sql = positional();
    const where = [tenantCondition('dossier', 'd', scope, sql.bind), 'd.first_submitted_at IS NOT NULL'];
    if (filter.status) where.push(`d.status = ${sql.bind(filter.status)}`);
    if (filter.referentialId) where.push(`d.referential_id = ${sql.bind(filter.referentialId)}`);
    if (filter.organizationId) where.push(`d.organization_id = ${sql.bind(filter.organizationId)}`);
    if (filter.submittedFrom) where.push(`d.last_submitted_at >= ${sql.bind(filter.submittedFrom)}`);
    if (filter.submittedTo) where.push(`d.last_submitted_at < ${sql.bind(filter.submittedTo)}`);
    if (filter.assignee === null) where.push('d.assigned_to IS NULL');
    else if (filter.assignee) where.push(`d.assigned_to = ${sql.bind(filter.assignee)}`);
    if (filter.openChangeRequests !== undefined)
      where.push(filter.openChangeRequests ? `d.status = 'changes_requested'` : `d.status <> 'changes_requested'`);
    if (after) where.push(`(d.last_submitted_at, d.id) > (${sql.bind(after.lastSubmittedAt)}, ${sql.bind(after.id)})`);
    const rows: QueueRow[] = await manager.query(
      `SELECT d.id, d.status, d.round, d.organization_id, o.name AS organization_name, d.product_id, p.name AS product_name,
              p.version AS product_version, d.referential_id, r.code AS referential_code, r.version AS referential_version,
              d.assigned_to, d.last_submitted_at, d.first_submitted_at
       FROM dossier d
       JOIN organization o ON o.id = d.organization_id
       JOIN product p ON p.id = d.product_id
       JOIN referential r ON r.id = d.referential_id
       WHERE ${where.join(' AND ')}
       ORDER BY d.last_submitted_at ASC, d.id ASC
       LIMIT ${sql.bind(limit + 1)}`,
      sql.values,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      rows: page,
      next: rows.length > limit && last ? { lastSubmittedAt: last.last_submitted_at, id: last.id } : null,
    };
  }
}
