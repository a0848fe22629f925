import type { EntityManager } from 'typeorm';
import type { TenantScope } from '@preuve/domain';
import { DeclarationEntity } from '../entities/declaration.entity.js';
import { EvidenceEntity } from '../entities/evidence.entity.js';
import { SubmissionEntity } from '../entities/submission.entity.js';
import { positional, tenantCondition } from './tenant.js';
import { isUuid } from './uuid.js';

/** Evidence versions. Reads by id go through the tenant condition of their dossier. */
export class EvidenceRepository {
  async insert(
    manager: EntityManager,
    evidence: Omit<EvidenceEntity, 'id' | 'uploadedAt' | 'dossier'>,
  ): Promise<EvidenceEntity> {
    const repository = manager.getRepository(EvidenceEntity);
    return repository.save(repository.create(evidence));
  }

  /** The next version number of a proof; call with the dossier row locked. */
  async nextVersion(manager: EntityManager, dossierId: string, proofCode: string): Promise<number> {
    const [row] = await manager.query<{ next: number }[]>(
      'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM evidence WHERE dossier_id = $1 AND proof_code = $2',
      [dossierId, proofCode],
    );
    return row.next;
  }

  async listForDossier(manager: EntityManager, dossierId: string): Promise<EvidenceEntity[]> {
    return manager
      .getRepository(EvidenceEntity)
      .find({ where: { dossierId }, order: { proofCode: 'ASC', version: 'ASC' } });
  }

  async findById(manager: EntityManager, scope: TenantScope, id: string): Promise<EvidenceEntity | null> {
    if (!isUuid(id)) return null;
    const sql = positional([id]);
    const rows: { id: string }[] = await manager.query(
      `SELECT e.id FROM evidence e JOIN dossier d ON d.id = e.dossier_id WHERE e.id = $1 AND ${tenantCondition('dossier', 'd', scope, sql.bind)}`,
      sql.values,
    );
    return rows.length > 0 ? manager.getRepository(EvidenceEntity).findOneBy({ id }) : null;
  }

  /** Which of these blob hashes some evidence row references (for the blob sweep). */
  async referencedHashes(manager: EntityManager, hashes: string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows: { sha256: string }[] = await manager.query(
      'SELECT DISTINCT sha256 FROM evidence WHERE sha256 = ANY($1)',
      [hashes],
    );
    return new Set(rows.map((row) => row.sha256));
  }
}

export class DeclarationRepository {
  async insert(manager: EntityManager, declaration: DeclarationEntity): Promise<DeclarationEntity> {
    return manager.getRepository(DeclarationEntity).save(declaration);
  }

  /** Every declaration of a dossier, oldest first (the last one per scenario is in force). */
  async listForDossier(manager: EntityManager, dossierId: string): Promise<DeclarationEntity[]> {
    return manager
      .getRepository(DeclarationEntity)
      .find({ where: { dossierId }, order: { signedAt: 'ASC', id: 'ASC' } });
  }

  async findById(manager: EntityManager, scope: TenantScope, id: string): Promise<DeclarationEntity | null> {
    if (!isUuid(id)) return null;
    const sql = positional([id]);
    const rows: { id: string }[] = await manager.query(
      `SELECT x.id FROM declaration x JOIN dossier d ON d.id = x.dossier_id WHERE x.id = $1 AND ${tenantCondition('dossier', 'd', scope, sql.bind)}`,
      sql.values,
    );
    return rows.length > 0 ? manager.getRepository(DeclarationEntity).findOneBy({ id }) : null;
  }
}

export class SubmissionRepository {
  async insert(
    manager: EntityManager,
    submission: Omit<SubmissionEntity, 'id' | 'dossier'>,
  ): Promise<SubmissionEntity> {
    const repository = manager.getRepository(SubmissionEntity);
    return repository.save(repository.create(submission));
  }

  async listForDossier(manager: EntityManager, dossierId: string): Promise<SubmissionEntity[]> {
    return manager.getRepository(SubmissionEntity).find({ where: { dossierId }, order: { round: 'ASC' } });
  }
}
