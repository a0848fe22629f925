import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ReferencementRepository,
  SegurRecordRepository,
  type DossierEntity,
  type ReferencementEntity,
} from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import { type Principal, type RequestContext, actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import { renderAttestationPdf } from './attestation-pdf.js';
import type { DossierReferencementDto, ReferencementDto } from './dto/referencement.dto.js';
import { SegurDossiers } from './segur-dossiers.js';

function publicView(row: Omit<ReferencementEntity, 'attestation'>): ReferencementDto {
  return {
    number: row.number,
    grantedAt: row.grantedAt,
    referentialId: row.referentialId,
    referentialVersion: row.referentialVersion,
    couloir: row.couloir,
    dispositif: row.dispositif,
    vague: row.vague,
    legalName: row.legalName,
    siren: row.siren,
    solutionName: row.solutionName,
    solutionVersion: row.solutionVersion,
    attestationSha256: row.attestationSha256,
  };
}

/** Phase 3: a référencement granted at the review lead's approval, its attestation and the public list. */
@Injectable()
export class ReferencementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: SegurDossiers,
    private readonly referencements: ReferencementRepository,
    private readonly records: SegurRecordRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Called inside the approval's transaction: numbers the référencement, renders and hashes its
   * attestation, stores both, moves the dossier to phase 3. The candidature gives the legal entity
   * and the solution version; without one the approval is refused.
   */
  async grant(
    manager: EntityManager,
    dossier: DossierEntity,
    principal: Principal,
    round: number,
    manifestSha256: string,
    context: RequestContext,
  ): Promise<ReferencementEntity> {
    const { referential } = await this.referentials.get(dossier.referentialId);
    const candidature = (await this.records.listForDossier(manager, dossier.id, ['candidature'])).at(-1)?.data;
    if (!candidature)
      throw new AppError(
        ErrorCode.DecisionNotAllowed,
        'The dossier has no candidature: nothing names what is referenced.',
      );
    const dispositif = referential.dispositif!;
    const vague = referential.vague!;
    const sequence = await this.referencements.nextSequence(manager, dispositif, vague);
    const number = `SEGUR-${dispositif}-V${vague}-${String(sequence).padStart(6, '0')}`;
    const grantedAt = new Date();
    const solutionVersion =
      typeof candidature.solutionVersion === 'string' ? candidature.solutionVersion : (dossier.productVersion ?? '');
    const attestation = await renderAttestationPdf({
      number,
      grantedAt,
      legalName: String(candidature.legalName),
      siren: String(candidature.siren),
      solutionName: String(candidature.solutionName),
      solutionVersion,
      referential: `${referential.code} ${referential.version}`,
      couloir: referential.couloir!,
      dispositif,
      vague,
      dossierId: dossier.id,
      round,
      manifestSha256,
    });
    const attestationSha256 = createHash('sha256').update(attestation).digest('hex');
    const row = await this.referencements.insert(manager, {
      dossierId: dossier.id,
      organizationId: dossier.organizationId,
      referentialId: dossier.referentialId,
      number,
      grantedAt,
      grantedBy: actingUser(principal),
      couloir: referential.couloir!,
      dispositif,
      vague,
      referentialVersion: referential.version,
      legalName: String(candidature.legalName),
      siren: String(candidature.siren),
      solutionName: String(candidature.solutionName),
      solutionVersion,
      attestation,
      attestationSha256,
    });
    await this.audit.record(manager, context, {
      action: 'segur.referenced',
      organizationId: dossier.organizationId,
      targetType: 'dossier',
      targetId: dossier.id,
      data: { number, round, manifestSha256, attestationSha256 },
    });
    return row;
  }

  private async found(principal: Principal, id: string): Promise<ReferencementEntity> {
    const manager = this.dataSource.manager;
    const dossier = await this.dossiers.find(manager, principal, id);
    const row = await this.referencements.findForDossier(manager, dossier.id);
    if (!row)
      throw new AppError(
        ErrorCode.ReferencementNotFound,
        `Dossier « ${id} » is not referenced (phase ${dossier.phase}): a référencement follows the review lead's approval.`,
      );
    return row;
  }

  async forDossier(principal: Principal, id: string): Promise<DossierReferencementDto> {
    const row = await this.found(principal, id);
    return { dossierId: row.dossierId, ...publicView(row) };
  }

  async attestation(principal: Principal, id: string): Promise<{ bytes: Buffer; fileName: string; sha256: string }> {
    const row = await this.found(principal, id);
    return { bytes: row.attestation, fileName: `attestation-${row.number}.pdf`, sha256: row.attestationSha256 };
  }

  /** The public list of referenced solutions (no sign-in). */
  async list(filter: { dispositif?: string; vague?: string }): Promise<ReferencementDto[]> {
    return (await this.referencements.listPublic(this.dataSource.manager, filter)).map(publicView);
  }
}
