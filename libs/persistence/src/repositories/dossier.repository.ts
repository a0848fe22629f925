import type { EntityManager } from 'typeorm';
import type { Answers, DossierPhase, Programme, TenantScope } from '@preuve/domain';
import { DossierEntity, type DossierStatus } from '../entities/dossier.entity.js';
import type { KeysetPosition, Page } from './keyset.js';
import { insertRow, toEntity } from './entity-rows.js';
import { jsonRows } from './prepared.js';
import { positional, tenantCondition } from './tenant.js';
import { isUuid } from './uuid.js';

const COLUMNS = `d.id, d.organization_id, d.product_id, d.referential_id, d.status, d.programme, d.phase,
  d.product_version, d.round,
  d.first_submitted_at, d.last_submitted_at, d.assigned_to, d.created_by, d.created_at, d.updated_at, d.version,
  d.answers`;

/** A dossier as lists show it: its summary, with its product. */
export interface DossierListRow {
  id: string;
  status: DossierStatus;
  round: number;
  organizationId: string;
  productId: string;
  referentialId: string;
  createdAt: Date;
  updatedAt: Date;
  firstSubmittedAt: Date | null;
  version: number;
  programme: Programme;
  phase: DossierPhase;
  productName: string;
  /** The version the dossier is for (the product's version when the dossier names none). */
  productVersion: string;
}

type Serialised<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** What completeness is computed from: the answers, and which proofs and scenarios have content. */
export interface DossierContentCodes {
  id: string;
  version: number;
  referentialId: string;
  answers: Answers;
  /** Proof codes with at least one evidence version. */
  evidencedProofs: string[];
  /** Scenario codes with at least one declaration. */
  declaredScenarios: string[];
}

/** Dossiers, always read through the tenant condition. Plain SQL: these reads are the hot path. */
export class DossierRepository {
  async insert(
    manager: EntityManager,
    dossier: Pick<
      DossierEntity,
      'organizationId' | 'productId' | 'referentialId' | 'createdBy' | 'programme' | 'phase' | 'productVersion'
    >,
  ): Promise<DossierEntity> {
    return insertRow(manager, DossierEntity, {
      ...dossier,
      status: 'draft',
      round: 1,
      answers: {},
      firstSubmittedAt: null,
    });
  }

  async findById(
    manager: EntityManager,
    scope: TenantScope,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<DossierEntity | null> {
    if (!isUuid(id)) return null;
    const sql = positional([id]);
    return this.findOne(manager, tenantCondition('dossier', 'd', scope, sql.bind), sql.values, options);
  }

  /**
   * The one way the authority reaches a Ségur dossier never submitted: to extend one of its
   * deadlines (typically the end of the application period it is still drafting for). Other
   * callers get what `findById` gives them; a DMN draft stays as invisible as a missing id.
   */
  async findSegurForExtension(
    ...[manager, scope, id, options = {}]: Parameters<DossierRepository['findById']>
  ): Promise<DossierEntity | null> {
    if (scope.kind !== 'authority') return this.findById(manager, scope, id, options);
    if (!isUuid(id)) return null;
    return this.findOne(manager, `(d.first_submitted_at IS NOT NULL OR d.programme = 'SEGUR')`, [id], options);
  }

  /** The dossier of id $1 (the first of `values`) when `condition` holds, locked if asked. */
  private async findOne(
    manager: EntityManager,
    condition: string,
    values: unknown[],
    options: { lock?: boolean },
  ): Promise<DossierEntity | null> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${COLUMNS} FROM dossier d WHERE d.id = $1 AND ${condition}${options.lock ? ' FOR UPDATE' : ''}`,
      values,
    );
    return rows.length > 0 ? toEntity(manager, DossierEntity, rows[0]) : null;
  }

  /**
   * Newest first, keyset-paginated on (created_at, id): the same cost on page 1 and page 1,000.
   * The page is chosen on `dossier` alone (one index walk), then joined to its products, and
   * comes back as one JSON array (lists are read again and again: see `jsonRows`).
   */
  async list(
    manager: EntityManager,
    scope: TenantScope,
    filter: { status?: DossierStatus; programme?: Programme; phase?: DossierPhase },
    after: KeysetPosition | null,
    limit: number,
  ): Promise<Page<DossierListRow>> {
    const sql = positional();
    const conditions = [tenantCondition('dossier', 'd', scope, sql.bind)];
    if (filter.status) conditions.push(`d.status = ${sql.bind(filter.status)}`);
    if (filter.programme) conditions.push(`d.programme = ${sql.bind(filter.programme)}`);
    if (filter.phase) conditions.push(`d.phase = ${sql.bind(filter.phase)}`);
    if (after) conditions.push(`(d.created_at, d.id) < (${sql.bind(after.createdAt)}, ${sql.bind(after.id)})`);
    const rows = await jsonRows<Serialised<DossierListRow>>(
      manager,
      `json_agg(json_build_object(
         'id', d.id, 'status', d.status, 'round', d.round, 'organizationId', d.organization_id,
         'productId', d.product_id, 'referentialId', d.referential_id,
         'createdAt', d.created_at, 'updatedAt', d.updated_at, 'firstSubmittedAt', d.first_submitted_at,
         'version', d.version, 'programme', d.programme, 'phase', d.phase,
         'productName', p.name, 'productVersion', COALESCE(d.product_version, p.version)) ORDER BY d.created_at DESC, d.id DESC)`,
      `FROM (SELECT d.id, d.status, d.round, d.organization_id, d.product_id, d.referential_id, d.created_at,
                    d.updated_at, d.first_submitted_at, d.version, d.programme, d.phase, d.product_version
             FROM dossier d WHERE ${conditions.join(' AND ')}
             ORDER BY d.created_at DESC, d.id DESC LIMIT ${Math.trunc(limit) + 1}) d
       JOIN product p ON p.id = d.product_id`,
      sql.values,
    );
    const items = rows.slice(0, limit).map((row) => {
      const item = row as unknown as DossierListRow; // the parsed objects are ours: dates made in place
      item.createdAt = new Date(row.createdAt);
      item.updatedAt = new Date(row.updatedAt);
      item.firstSubmittedAt = row.firstSubmittedAt === null ? null : new Date(row.firstSubmittedAt);
      return item;
    });
    const last = items.at(-1);
    return { items, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
  }

  /** For some dossiers (a list's, whose completeness is not known yet): their answers and content codes. */
  async contentCodes(manager: EntityManager, scope: TenantScope, ids: string[]): Promise<DossierContentCodes[]> {
    if (ids.length === 0) return [];
    const sql = positional([ids]);
    const rows = await manager.query<
      {
        id: string;
        version: number;
        referential_id: string;
        answers: Answers;
        evidenced_proofs: string[];
        declared_scenarios: string[];
      }[]
    >(
      `SELECT d.id, d.version, d.referential_id, d.answers,
         ARRAY(SELECT DISTINCT e.proof_code FROM evidence e WHERE e.dossier_id = d.id) AS evidenced_proofs,
         ARRAY(SELECT DISTINCT x.scenario_code FROM declaration x WHERE x.dossier_id = d.id) AS declared_scenarios
       FROM dossier d
       WHERE d.id = ANY($1::uuid[]) AND ${tenantCondition('dossier', 'd', scope, sql.bind)}`,
      sql.values,
    );
    return rows.map((row) => ({
      id: row.id,
      version: row.version,
      referentialId: row.referential_id,
      answers: row.answers,
      evidencedProofs: row.evidenced_proofs,
      declaredScenarios: row.declared_scenarios,
    }));
  }

  /** The submitted status; the first submission also opens the dossier to reviewers. */
  async markSubmitted(manager: EntityManager, dossier: DossierEntity, at: Date): Promise<DossierEntity> {
    dossier.status = 'submitted';
    dossier.firstSubmittedAt ??= at;
    dossier.lastSubmittedAt = at;
    return manager.getRepository(DossierEntity).save(dossier);
  }

  /**
   * Moves the version on after content hanging off the dossier changed (evidence, declaration,
   * verdict): the version then identifies everything the dossier view shows.
   */
  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE dossier SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
  }

  /** Saves a status change, a new round or an assignment (the version moves on). */
  async save(manager: EntityManager, dossier: DossierEntity): Promise<DossierEntity> {
    return manager.getRepository(DossierEntity).save(dossier);
  }

  /** Saves new answers; the version column moves on, so concurrent writers notice. */
  /** Pins another référentiel version, with the answers valid for it (the version moves on). */
  async moveToReferential(
    manager: EntityManager,
    dossier: DossierEntity,
    referentialId: string,
    answers: Answers,
  ): Promise<DossierEntity> {
    dossier.referentialId = referentialId;
    dossier.answers = answers;
    return manager.getRepository(DossierEntity).save(dossier);
  }

  async updateAnswers(manager: EntityManager, dossier: DossierEntity, answers: Answers): Promise<DossierEntity> {
    dossier.answers = answers;
    return manager.getRepository(DossierEntity).save(dossier);
  }
}
