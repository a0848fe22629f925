import type { EntityManager } from 'typeorm';
import {
  ReferencementEntity,
  ReferentialErratumEntity,
  ReferentialMilestonesEntity,
  SegurRecordEntity,
  type SegurRecordSection,
} from '../entities/segur.entities.js';
import { isUuid } from './uuid.js';
import { insertRow, toEntities } from './entity-rows.js';

export type NewSegurRecord = Omit<SegurRecordEntity, 'id' | 'createdAt' | 'dossier'>;
export type NewReferentialMilestones = Pick<ReferentialMilestonesEntity, 'referentialId' | 'milestones' | 'createdBy'>;
export type NewReferentialErratum = Omit<ReferentialErratumEntity, 'id' | 'createdAt' | 'referential'>;

/** The journal of Ségur dossiers. Insert and read only: rows are never changed. */
export class SegurRecordRepository {
  async append(manager: EntityManager, row: NewSegurRecord): Promise<SegurRecordEntity> {
    return insertRow(manager, SegurRecordEntity, row);
  }

  /** The dossier's rows, oldest first (optionally of some sections only). */
  async listForDossier(
    manager: EntityManager,
    dossierId: string,
    sections?: readonly SegurRecordSection[],
  ): Promise<SegurRecordEntity[]> {
    // Plain SQL: read on every view of a Ségur dossier whose journal is not cached yet.
    const rows = await manager.query<Record<string, unknown>[]>(
      `SELECT id, dossier_id, organization_id, section, subject, data, created_by, created_by_token, created_at
       FROM segur_record WHERE dossier_id = $1${sections ? ' AND section = ANY($2::text[])' : ''}
       ORDER BY created_at, id`,
      sections ? [dossierId, sections] : [dossierId],
    );
    return toEntities(manager, SegurRecordEntity, rows);
  }
}

/** Référencements granted; the public list reads them without any tenant (they are public). */
export class ReferencementRepository {
  async insert(manager: EntityManager, row: Omit<ReferencementEntity, 'id' | 'dossier'>): Promise<ReferencementEntity> {
    return insertRow(manager, ReferencementEntity, row);
  }

  async findForDossier(manager: EntityManager, dossierId: string): Promise<ReferencementEntity | null> {
    if (!isUuid(dossierId)) return null;
    return manager.getRepository(ReferencementEntity).findOneBy({ dossierId });
  }

  /** The next sequence number for a dispositif and vague, under a transaction lock. */
  async nextSequence(manager: EntityManager, dispositif: string, vague: string): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`referencement:${dispositif}:${vague}`]);
    const [row] = await manager.query<{ count: string }[]>(
      'SELECT count(*) AS count FROM referencement WHERE dispositif = $1 AND vague = $2',
      [dispositif, vague],
    );
    return Number(row.count) + 1;
  }

  /** The public list: newest first, optionally for one dispositif (the attestation bytes left out). */
  async listPublic(
    manager: EntityManager,
    filter: { dispositif?: string; vague?: string },
  ): Promise<Omit<ReferencementEntity, 'attestation'>[]> {
    const query = manager
      .getRepository(ReferencementEntity)
      .createQueryBuilder('r')
      .select([
        'r.id',
        'r.dossierId',
        'r.organizationId',
        'r.referentialId',
        'r.number',
        'r.grantedAt',
        'r.grantedBy',
        'r.couloir',
        'r.dispositif',
        'r.vague',
        'r.referentialVersion',
        'r.legalName',
        'r.siren',
        'r.solutionName',
        'r.solutionVersion',
        'r.attestationSha256',
      ])
      .orderBy('r.granted_at', 'DESC')
      .limit(1000);
    if (filter.dispositif)
      query.andWhere('upper(r.dispositif) = upper(:dispositif)', { dispositif: filter.dispositif });
    if (filter.vague) query.andWhere('r.vague = :vague', { vague: filter.vague });
    return query.getMany();
  }
}

/** Campaign dates and errata of référentiels: each change is a new row. */
export class ReferentialAmendmentRepository {
  async latestMilestones(manager: EntityManager, referentialId: string): Promise<ReferentialMilestonesEntity | null> {
    return manager
      .getRepository(ReferentialMilestonesEntity)
      .findOne({ where: { referentialId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async appendMilestones(manager: EntityManager, row: NewReferentialMilestones): Promise<ReferentialMilestonesEntity> {
    return insertRow(manager, ReferentialMilestonesEntity, row);
  }

  async errata(manager: EntityManager, referentialId: string): Promise<ReferentialErratumEntity[]> {
    return manager
      .getRepository(ReferentialErratumEntity)
      .find({ where: { referentialId }, order: { effectiveFrom: 'ASC', createdAt: 'ASC' } });
  }

  async appendErratum(manager: EntityManager, row: NewReferentialErratum): Promise<ReferentialErratumEntity> {
    return insertRow(manager, ReferentialErratumEntity, row);
  }
}
