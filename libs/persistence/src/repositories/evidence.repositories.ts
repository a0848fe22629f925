import type { EntityManager } from 'typeorm';
import type { TenantScope } from '@preuve/domain';
import { DeclarationEntity } from '../entities/declaration.entity.js';
import { EvidenceEntity } from '../entities/evidence.entity.js';
import { SubmissionEntity } from '../entities/submission.entity.js';
import { DossierRowsRepository } from './dossier-rows.js';

/** Evidence versions. Reads by id go through the tenant condition of their dossier. */
export class EvidenceRepository extends DossierRowsRepository<
  EvidenceEntity,
  Omit<EvidenceEntity, 'id' | 'uploadedAt' | 'dossier'>
> {
  constructor() {
    super(EvidenceEntity, { proofCode: 'ASC', version: 'ASC' });
  }

  /** The next version number of a proof; call with the dossier row locked. */
  async nextVersion(manager: EntityManager, dossierId: string, proofCode: string): Promise<number> {
    const [row] = await manager.query<{ next: number }[]>(
      'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM evidence WHERE dossier_id = $1 AND proof_code = $2',
      [dossierId, proofCode],
    );
    return row.next;
  }

  findById(manager: EntityManager, scope: TenantScope, id: string): Promise<EvidenceEntity | null> {
    return this.findVisible(manager, 'evidence', scope, id);
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

/** Sworn declarations; a dossier's are listed oldest first (the last one per scenario is in force). */
export class DeclarationRepository extends DossierRowsRepository<DeclarationEntity, DeclarationEntity> {
  constructor() {
    super(DeclarationEntity, { signedAt: 'ASC', id: 'ASC' });
  }

  findById(manager: EntityManager, scope: TenantScope, id: string): Promise<DeclarationEntity | null> {
    return this.findVisible(manager, 'declaration', scope, id);
  }
}

/** A dossier's submissions, one per round. */
export class SubmissionRepository extends DossierRowsRepository<SubmissionEntity> {
  constructor() {
    super(SubmissionEntity, { round: 'ASC' });
  }
}
