import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EvidenceRepository, SegurRecordRepository } from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { editableOrThrow, proofPhaseOpenOrThrow } from '../common/dossier/editable.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import type { HomologationDto, HomologationRequestDto } from './dto/campaign.dto.js';
import { SegurDossiers } from './segur-dossiers.js';
import { SegurStateService } from './segur-state.service.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** Prerequisite homologations of a Ségur dossier: each record is a new journal row. */
@Injectable()
export class HomologationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: SegurDossiers,
    private readonly records: SegurRecordRepository,
    private readonly evidence: EvidenceRepository,
    private readonly referentials: ReferentialsService,
    private readonly state: SegurStateService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, id: string): Promise<HomologationDto[]> {
    const manager = this.dataSource.manager;
    const dossier = await this.dossiers.find(manager, principal, id);
    return (await this.state.extras(dossier, manager))!.homologations;
  }

  async record(actor: Actor, id: string, input: HomologationRequestDto): Promise<HomologationDto> {
    const { principal } = actor;
    if (input.status === 'granted' && (!input.number || !input.grantedOn))
      throw new AppError(ErrorCode.ValidationFailed, 'A granted homologation needs its number and grantedOn date.', {
        fields: ['number', 'grantedOn'].filter((field) => !input[field as 'number' | 'grantedOn']),
      });
    if (input.status === 'in_progress' && !input.evidenceId)
      throw new AppError(
        ErrorCode.ValidationFailed,
        'An homologation in progress needs evidenceId: the pre-examination attestation or a screenshot of the homologation space.',
        { fields: ['evidenceId'] },
      );
    await this.dataSource.transaction(async (manager) => {
      const dossier = await this.dossiers.find(manager, principal, id, { lock: true });
      proofPhaseOpenOrThrow(dossier);
      editableOrThrow(dossier);
      const { referential } = await this.referentials.get(dossier.referentialId);
      const known = (referential.homologations ?? []).map((homologation) => homologation.kind);
      if (!known.includes(input.kind))
        throw new AppError(
          ErrorCode.UnknownHomologation,
          `The référentiel asks for no homologation « ${input.kind} »; it asks for: ${known.join(', ') || 'none'}.`,
          { kind: input.kind, known },
        );
      if (input.evidenceId) {
        const file = await this.evidence.findById(manager, tenantOf(principal), input.evidenceId);
        if (!file || file.dossierId !== dossier.id)
          throw new AppError(ErrorCode.EvidenceNotFound, `No evidence « ${input.evidenceId} » in this dossier.`);
      }
      const data = {
        status: input.status,
        number: input.number ?? null,
        grantedOn: input.grantedOn ?? null,
        evidenceId: input.evidenceId ?? null,
      };
      const row = await this.records.append(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        section: 'homologation',
        subject: input.kind,
        data,
        createdBy: actingUser(principal),
        createdByToken: actingToken(principal),
      });
      await this.dossiers.touch(manager, dossier);
      await this.audit.record(manager, actor, {
        action: 'segur.homologation_recorded',
        ...aboutDossier(dossier),
        data: { recordId: row.id, kind: input.kind, ...data },
      });
    });
    return (await this.list(principal, id)).find((homologation) => homologation.kind === input.kind)!;
  }
}
