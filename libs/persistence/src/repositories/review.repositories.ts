import type { EntityManager } from 'typeorm';
import type { DossierStatus, TenantScope } from '@preuve/domain';
import { ReviewDecisionEntity, ScenarioCommentEntity, ScenarioVerdictEntity } from '../entities/review.entities.js';
import { DossierRowsRepository } from './dossier-rows.js';
import { preparedQuery } from './prepared.js';
import { positional, tenantCondition } from './tenant.js';

/** Verdicts; a dossier's are listed oldest first (the latest per scenario is the current one). */
export class VerdictRepository extends DossierRowsRepository<ScenarioVerdictEntity> {
  constructor() {
    super(ScenarioVerdictEntity, { createdAt: 'ASC', id: 'ASC' });
  }
}

export class CommentRepository extends DossierRowsRepository<ScenarioCommentEntity> {
  constructor() {
    super(ScenarioCommentEntity, { createdAt: 'ASC', id: 'ASC' });
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

export class DecisionRepository extends DossierRowsRepository<ReviewDecisionEntity> {
  constructor() {
    super(ReviewDecisionEntity, { createdAt: 'ASC' });
  }
}

export interface QueueFilter {
  status?: DossierStatus;
  referentialId?: string;
  /** `DMN` or `SEGUR`. */
  programme?: string;
  /** Ségur: `administrative`, `proofs`, `referenced`. */
  phase?: string;
  /** Ségur: the référentiel's dispositif (`LGC`), any case. */
  dispositif?: string;
  organizationId?: string;
  submittedFrom?: Date;
  submittedTo?: Date;
  /** A reviewer id, or null for unassigned dossiers. */
  assignee?: string | null;
  openChangeRequests?: boolean;
  /** One dossier (the review page's header). */
  dossierId?: string;
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
  programme: string;
  phase: string;
  dispositif: string | null;
  assigned_to: string | null;
  last_submitted_at: Date;
  first_submitted_at: Date;
}

export interface ProgressRow {
  id: string;
  /** Scenarios to judge (applicable, or waived with a declaration) in the latest submitted round. */
  judged_total: number;
  /** Of those, the ones whose current verdict is an acceptance. */
  accepted_total: number;
}

export interface ReviewStatsRows {
  byStatus: { status: DossierStatus; count: number }[];
  /** Seconds from a round's submission to its decision, over every decided round. */
  decided: { median_seconds: number | null; rounds: number };
  /** Seconds the dossiers now waiting for a reviewer (submitted, in review) have waited. */
  waiting: { median_seconds: number | null; dossiers: number };
  byFamily: { family: string; total: number; judged: number; accepted: number }[];
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
    if (filter.programme) where.push(`d.programme = ${sql.bind(filter.programme)}`);
    if (filter.phase) where.push(`d.phase = ${sql.bind(filter.phase)}`);
    if (filter.dispositif)
      where.push(
        `d.referential_id IN (SELECT id FROM referential WHERE upper(dispositif) = upper(${sql.bind(filter.dispositif)}))`,
      );
    if (filter.organizationId) where.push(`d.organization_id = ${sql.bind(filter.organizationId)}`);
    if (filter.submittedFrom) where.push(`d.last_submitted_at >= ${sql.bind(filter.submittedFrom)}`);
    if (filter.submittedTo) where.push(`d.last_submitted_at < ${sql.bind(filter.submittedTo)}`);
    if (filter.assignee === null) where.push('d.assigned_to IS NULL');
    else if (filter.assignee) where.push(`d.assigned_to = ${sql.bind(filter.assignee)}`);
    if (filter.dossierId) where.push(`d.id = ${sql.bind(filter.dossierId)}`);
    if (filter.openChangeRequests !== undefined)
      where.push(filter.openChangeRequests ? `d.status = 'changes_requested'` : `d.status <> 'changes_requested'`);
    if (after) where.push(`(d.last_submitted_at, d.id) > (${sql.bind(after.lastSubmittedAt)}, ${sql.bind(after.id)})`);
    // The page is chosen on the dossier table alone (one index walk), then only its rows are joined.
    const rows = await preparedQuery<QueueRow>(
      manager,
      `SELECT d.id, d.status, d.round, d.organization_id, o.name AS organization_name, d.product_id, p.name AS product_name,
              COALESCE(d.product_version, p.version) AS product_version, d.referential_id, r.code AS referential_code,
              r.version AS referential_version, d.programme, d.phase, r.dispositif,
              d.assigned_to, d.last_submitted_at, d.first_submitted_at
       FROM (SELECT d.id, d.status, d.round, d.organization_id, d.product_id, d.referential_id, d.assigned_to,
                    d.last_submitted_at, d.first_submitted_at, d.programme, d.phase, d.product_version
             FROM dossier d
             WHERE ${where.join(' AND ')}
             ORDER BY d.last_submitted_at ASC, d.id ASC
             LIMIT ${Math.trunc(limit) + 1}) d
       JOIN organization o ON o.id = d.organization_id
       JOIN product p ON p.id = d.product_id
       JOIN referential r ON r.id = d.referential_id
       ORDER BY d.last_submitted_at ASC, d.id ASC`,
      sql.values,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      rows: page,
      next: rows.length > limit && last ? { lastSubmittedAt: last.last_submitted_at, id: last.id } : null,
    };
  }

  /**
   * Review progress of some dossiers (those on a reviewer's screen), apart from the queue query so
   * that the queue stays one index walk: the latest round's scenarios to judge against each one's
   * current verdict (one pass over the dossier's verdicts). Dossiers without a submission are left out.
   */
  async progress(manager: EntityManager, scope: TenantScope, ids: string[]): Promise<ProgressRow[]> {
    if (ids.length === 0) return [];
    const sql = positional();
    return manager.query<ProgressRow[]>(
      `SELECT d.id, progress.judged_total, progress.accepted_total
       FROM dossier d
       JOIN LATERAL (
         SELECT count(*)::int AS judged_total,
                (count(*) FILTER (WHERE latest.verdict = 'accepted'))::int AS accepted_total
         FROM (SELECT manifest FROM submission WHERE dossier_id = d.id ORDER BY round DESC LIMIT 1) s
         CROSS JOIN LATERAL jsonb_array_elements(s.manifest -> 'scenarios') e
         LEFT JOIN (SELECT DISTINCT ON (v.scenario_code) v.scenario_code, v.verdict
                    FROM scenario_verdict v
                    WHERE v.dossier_id = d.id
                    ORDER BY v.scenario_code, v.created_at DESC, v.id DESC) latest
                ON latest.scenario_code = e ->> 'code'
         WHERE (e ->> 'applicable')::boolean OR coalesce((e ->> 'declarationRequired')::boolean, false)
         HAVING count(*) > 0
       ) progress ON true
       WHERE ${tenantCondition('dossier', 'd', scope, sql.bind)} AND d.id = ANY(${sql.bind(ids)}::uuid[])`,
      sql.values,
    );
  }

  /** The vendors with at least one dossier the scope sees, by name, with how many (the queue's vendor filter). */
  async vendors(manager: EntityManager, scope: TenantScope): Promise<{ id: string; name: string; dossiers: number }[]> {
    const sql = positional();
    return manager.query(
      `SELECT o.id, o.name, count(*)::int AS dossiers
       FROM dossier d JOIN organization o ON o.id = d.organization_id
       WHERE ${tenantCondition('dossier', 'd', scope, sql.bind)}
       GROUP BY o.id, o.name
       ORDER BY o.name, o.id`,
      sql.values,
    );
  }

  /** Figures for the reviewers' dashboard, computed in SQL over the dossiers the scope sees. */
  async stats(manager: EntityManager, scope: TenantScope): Promise<ReviewStatsRows> {
    const sql = positional();
    const visible = tenantCondition('dossier', 'd', scope, sql.bind);
    const [byStatus, decided, waiting, byFamily] = await Promise.all([
      manager.query<ReviewStatsRows['byStatus']>(
        `SELECT d.status, count(*)::int AS count FROM dossier d
         WHERE ${visible} AND d.first_submitted_at IS NOT NULL GROUP BY d.status ORDER BY d.status`,
        sql.values,
      ),
      manager.query<ReviewStatsRows['decided'][]>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM rd.created_at - s.submitted_at))::float8
                  AS median_seconds,
                count(*)::int AS rounds
         FROM review_decision rd
         JOIN submission s ON s.dossier_id = rd.dossier_id AND s.round = rd.round
         JOIN dossier d ON d.id = rd.dossier_id
         WHERE ${visible}`,
        sql.values,
      ),
      manager.query<ReviewStatsRows['waiting'][]>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - d.last_submitted_at))::float8
                  AS median_seconds,
                count(*)::int AS dossiers
         FROM dossier d
         WHERE ${visible} AND d.status IN ('submitted', 'in_review')`,
        sql.values,
      ),
      manager.query<ReviewStatsRows['byFamily']>(
        `WITH latest AS (
           SELECT DISTINCT ON (s.dossier_id) s.dossier_id, s.manifest
           FROM submission s JOIN dossier d ON d.id = s.dossier_id
           WHERE ${visible}
           ORDER BY s.dossier_id, s.round DESC),
         judged AS (
           SELECT l.dossier_id, e ->> 'code' AS code
           FROM latest l CROSS JOIN LATERAL jsonb_array_elements(l.manifest -> 'scenarios') e
           WHERE (e ->> 'applicable')::boolean OR coalesce((e ->> 'declarationRequired')::boolean, false)),
         current AS (
           SELECT DISTINCT ON (v.dossier_id, v.scenario_code) v.dossier_id, v.scenario_code, v.verdict
           FROM scenario_verdict v
           WHERE v.dossier_id IN (SELECT dossier_id FROM latest)
           ORDER BY v.dossier_id, v.scenario_code, v.created_at DESC, v.id DESC)
         SELECT split_part(j.code, ' ', 1) AS family, count(*)::int AS total, count(c.verdict)::int AS judged,
                (count(*) FILTER (WHERE c.verdict = 'accepted'))::int AS accepted
         FROM judged j LEFT JOIN current c ON c.dossier_id = j.dossier_id AND c.scenario_code = j.code
         GROUP BY 1 ORDER BY 1`,
        sql.values,
      ),
    ]);
    return { byStatus, decided: decided[0], waiting: waiting[0], byFamily };
  }
}
