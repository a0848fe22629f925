import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Milestone } from '@preuve/domain';
import { ReferentialAmendmentRepository, SegurRecordRepository } from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import { CampaignService } from './campaign.service.js';
import type { ExtensionDto, ExtensionRequestDto, MilestoneInputDto, MilestoneViewDto } from './dto/campaign.dto.js';
import { SegurDossiers } from './segur-dossiers.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** Setting a référentiel's campaign dates, and extending a dossier's deadline: both audited, both new rows. */
@Injectable()
export class CampaignAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referentials: ReferentialsService,
    private readonly campaign: CampaignService,
    private readonly amendments: ReferentialAmendmentRepository,
    private readonly records: SegurRecordRepository,
    private readonly dossiers: SegurDossiers,
    private readonly audit: AuditService,
  ) {}

  private async segurReferential(id: string): Promise<void> {
    const { referential } = await this.referentials.get(id);
    if (referential.programme !== 'SEGUR')
      throw new AppError(
        ErrorCode.NotSegurReferential,
        `Référentiel ${referential.code} ${referential.version} has no Ségur campaign (programme ${referential.programme}).`,
      );
  }

  async milestones(id: string): Promise<MilestoneViewDto[]> {
    await this.segurReferential(id);
    return this.campaign.milestones(id);
  }

  async setMilestones(actor: Actor, id: string, input: MilestoneInputDto[]): Promise<MilestoneViewDto[]> {
    const { principal } = actor;
    await this.segurReferential(id);
    const problems: string[] = [];
    const keys = new Set<string>();
    input.forEach((milestone, index) => {
      if ((milestone.dueAt === undefined) === (milestone.dueAfterDays === undefined))
        problems.push(`[${index}] ${milestone.key}: give exactly one of dueAt and dueAfterDays`);
      if (keys.has(milestone.key)) problems.push(`[${index}] ${milestone.key} is listed twice`);
      keys.add(milestone.key);
    });
    if (problems.length > 0)
      throw new AppError(ErrorCode.ValidationFailed, `The milestones are not valid: ${problems.join('; ')}.`, {
        problems,
      });
    const milestones: Milestone[] = input.map(({ key, label, dueAt, dueAfterDays }) => ({
      key,
      label,
      ...(dueAt !== undefined ? { dueAt: new Date(dueAt).toISOString() } : {}),
      ...(dueAfterDays !== undefined ? { dueAfterDays } : {}),
    }));
    await this.dataSource.transaction(async (manager) => {
      const before = await this.campaign.milestones(id, manager);
      const row = await this.amendments.appendMilestones(manager, {
        referentialId: id,
        milestones,
        createdBy: actingUser(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'segur.milestones_set',
        targetType: 'referential',
        targetId: id,
        data: { recordId: row.id, before, after: milestones },
      });
      await this.campaign.milestonesChanged(manager, id);
    });
    this.campaign.forget(id);
    return milestones;
  }

  async extend(actor: Actor, id: string, input: ExtensionRequestDto): Promise<ExtensionDto> {
    const { principal } = actor;
    const until = new Date(input.until);
    if (until.getTime() <= Date.now())
      throw new AppError(ErrorCode.ValidationFailed, 'until must be in the future.', { fields: ['until'] });
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.dossiers.findForExtension(manager, principal, id);
      const milestones = await this.campaign.milestones(dossier.referentialId, manager);
      if (!milestones.some((milestone) => milestone.key === input.milestone))
        throw new AppError(
          ErrorCode.UnknownMilestone,
          `The référentiel has no milestone « ${input.milestone} »: ${milestones.map((milestone) => milestone.key).join(', ')}.`,
          { milestone: input.milestone },
        );
      const row = await this.records.append(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        section: 'extension',
        subject: input.milestone,
        data: { until: until.toISOString(), reason: input.reason.trim() },
        createdBy: actingUser(principal),
        createdByToken: null,
      });
      await this.dossiers.touch(manager, dossier);
      await this.audit.record(manager, actor, {
        action: 'segur.deadline_extended',
        ...aboutDossier(dossier),
        data: { recordId: row.id, milestone: input.milestone, until: until.toISOString(), reason: input.reason },
      });
      return { id: row.id, milestone: input.milestone, until, reason: input.reason.trim(), grantedAt: row.createdAt };
    });
  }
}
