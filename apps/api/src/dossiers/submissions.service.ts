import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildManifest, canonicalJson, completenessCounts, preparationMissing } from '@preuve/domain';
import {
  DossierRepository,
  PreparationRepository,
  SubmissionRepository,
  type DossierEntity,
} from '@preuve/persistence';
import type { EntityManager } from 'typeorm';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { DomainEvents } from '../events/domain-events.js';
import { tenantOf, type Principal, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import { preparationScenarios, remediationAction } from './preparation-state.js';
import type { CachedReferential } from '../referentials/referentials.service.js';
import { dossierMissing, familyOfRequirement, scenarioRows, type DossierContent } from './dossier-view.js';
import { DossiersService } from './dossiers.service.js';
import type { CompletenessReportDto, SubmissionDto, SubmissionResultDto } from './dto/submission.dto.js';
import { SegurStateService } from '../segur/segur-state.service.js';
import { HostingService } from '../hosting/hosting.service.js';
import { editableOrThrow, proofPhaseOpenOrThrow } from '../common/dossier/editable.js';
import type { Actor } from '../common/access/actor.decorator.js';
import { visibleDossier } from '../common/dossier/visible-dossier.js';

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly submissions: SubmissionRepository,
    private readonly dossierService: DossiersService,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly segur: SegurStateService,
    private readonly preparation: PreparationRepository,
    private readonly hosting: HostingService,
  ) {}

  /**
   * What is missing before submission: proofs and declarations (completeness), then what
   * preparation asks for — conformity texts where the référentiel asks for them, a written
   * justification for each scenario an answer waives, a remediation action for each scenario
   * marked partiel or non conforme — in référentiel order, scenario by scenario.
   */
  private async missing(
    manager: EntityManager,
    dossier: DossierEntity,
    referential: CachedReferential,
    content: DossierContent,
  ) {
    const rows = scenarioRows(dossier, referential, content);
    const scenarios = preparationScenarios(rows, content.assessments ?? [], familyOfRequirement(referential));
    const actions = (await this.preparation.listActions(manager, dossier.id)).map(remediationAction);
    const prepared = preparationMissing(scenarios, actions, {
      conformityTextRequired: referential.referential.conformityTextRequired === true,
    });
    const order = new Map(rows.map((row, index) => [row.code, index]));
    const missing = [...dossierMissing(rows), ...prepared]
      .map((item, index) => ({ item, index }))
      .sort((a, b) => (order.get(a.item.scenario) ?? 0) - (order.get(b.item.scenario) ?? 0) || a.index - b.index)
      .map(({ item }) => item);
    return { rows, missing };
  }

  private async visible(principal: Principal, id: string): Promise<DossierEntity> {
    const dossier = await visibleDossier(this.dossiers, this.dataSource.manager, tenantOf(principal), id);
    return dossier;
  }

  async completeness(principal: Principal, id: string): Promise<CompletenessReportDto> {
    const dossier = await this.visible(principal, id);
    const [referential, content] = await Promise.all([
      this.referentials.forDossier(dossier),
      this.dossierService.content(this.dataSource.manager, dossier.id),
    ]);
    const { rows, missing } = await this.missing(this.dataSource.manager, dossier, referential, content);
    const counts = completenessCounts(rows);
    return {
      dossierId: dossier.id,
      complete: missing.length === 0,
      ...counts,
      missingScenarios: counts.missing,
      missing,
    };
  }

  /**
   * Freezes round N: refuses an incomplete dossier with everything missing; otherwise stores the
   * manifest and its SHA-256 and locks the dossier. The dossier row is locked for the whole
   * transaction, so two submits at once make one submission (the second finds it submitted).
   */
  async submit(actor: Actor, id: string): Promise<SubmissionResultDto> {
    const { principal } = actor;
    return this.dataSource.transaction(async (manager) => {
      const dossier = await visibleDossier(this.dossiers, manager, tenantOf(principal), id, { lock: true });
      proofPhaseOpenOrThrow(dossier);
      editableOrThrow(dossier);
      const homologations = await this.segur.proofSubmissionGates(manager, dossier); // Ségur: deadlines, homologations
      const [referential, content] = await Promise.all([
        this.referentials.forDossier(dossier),
        this.dossierService.content(manager, dossier.id),
      ]);
      const { rows, missing } = await this.missing(manager, dossier, referential, content);
      if (missing.length > 0) {
        const scenarios = new Set(missing.map((item) => item.scenario)).size;
        throw new AppError(
          ErrorCode.DossierIncomplete,
          `The dossier cannot be submitted: ${missing.length} item(s) missing in ${scenarios} scenario(s) (details.missing lists them).`,
          homologations.length > 0 ? { missing, homologations } : { missing },
        );
      }
      if (homologations.length > 0)
        throw new AppError(
          ErrorCode.DossierIncomplete,
          `The dossier cannot be submitted: ${homologations.map((entry) => entry.problem).join(' ')}`,
          { missing, homologations },
        );
      await this.hosting.submissionGate(manager, dossier, new Date()); // HDS hosting, where the référentiel requires it

      const submittedAt = new Date();
      const manifest = buildManifest({
        dossier: {
          id: dossier.id,
          organizationId: dossier.organizationId,
          productId: dossier.productId,
          round: dossier.round,
        },
        referential: {
          id: referential.id,
          code: referential.referential.code,
          version: referential.referential.version,
          contentHash: referential.contentHash,
        },
        answers: dossier.answers,
        assessment: referential.assess(dossier.answers),
        evidence: content.evidence.map((evidence) => ({ ...evidence, size: Number(evidence.size) })),
        declarations: rows.flatMap((row) => (row.declaration ? [row.declaration] : [])), // those in force
        submittedAt,
        submittedBy: {
          userId: actingUser(principal),
          tokenId: actingToken(principal),
        },
      });
      const manifestSha256 = createHash('sha256').update(canonicalJson(manifest)).digest('hex');
      const submission = await this.submissions.insert(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        round: dossier.round,
        manifest,
        manifestSha256,
        submittedAt,
        submittedBy: actingUser(principal),
        submittedByToken: actingToken(principal),
      });
      await this.dossiers.markSubmitted(manager, dossier, submittedAt);
      await this.audit.record(manager, actor, {
        action: 'dossier.submitted',
        ...aboutDossier(dossier),
        data: { round: dossier.round, manifestSha256, submissionId: submission.id, evidence: content.evidence.length },
      });
      await this.events.publish(manager, {
        type: 'dossier.submitted',
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        data: { round: dossier.round, manifestSha256, submittedAt: submittedAt.toISOString() },
      });
      return { status: 'submitted', round: dossier.round, manifestSha256, submissionId: submission.id, submittedAt };
    });
  }

  async list(principal: Principal, id: string): Promise<SubmissionDto[]> {
    const dossier = await this.visible(principal, id);
    return (await this.submissions.listForDossier(this.dataSource.manager, dossier.id)).map((submission) => ({
      id: submission.id,
      round: submission.round,
      manifestSha256: submission.manifestSha256,
      submittedAt: submission.submittedAt,
      manifest: submission.manifest,
    }));
  }
}
