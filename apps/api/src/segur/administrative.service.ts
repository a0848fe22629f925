import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  administrativeEditable,
  administrativeGaps,
  administrativeState,
  checkSiren,
  checkSiret,
  obsoleteVersionsProblems,
  passedDeadline,
  validateAnswers,
  type AdministrativeEntry,
  type AdministrativeState,
} from '@preuve/domain';
import { SegurRecordRepository, type DossierEntity, type SegurRecordSection } from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import { type Principal, type RequestContext, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import { CampaignService } from './campaign.service.js';
import type {
  AdministrativeDecisionDto,
  AdministrativeDto,
  CandidatureDto,
  CharterAcceptedDto,
  CharterAcceptanceDto,
  ObsoleteVersionsDto,
} from './dto/administrative.dto.js';
import { SegurDossiers } from './segur-dossiers.js';
import type { Actor } from '../common/access/actor.decorator.js';

const FORM_SECTIONS = ['candidature', 'charter', 'eligibility', 'obsolete_versions'] as const;

/** Phase 1: the administrative dossier of a Ségur dossier, kept as an append-only journal. */
@Injectable()
export class AdministrativeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: SegurDossiers,
    private readonly records: SegurRecordRepository,
    private readonly referentials: ReferentialsService,
    private readonly campaign: CampaignService,
    private readonly audit: AuditService,
  ) {}

  private async state(manager: EntityManager, dossier: DossierEntity): Promise<AdministrativeState> {
    const rows = await this.records.listForDossier(manager, dossier.id, [
      ...FORM_SECTIONS,
      'administrative_submission',
      'administrative_decision',
    ]);
    return administrativeState(
      rows.map((row): AdministrativeEntry => ({
        section: row.section as AdministrativeEntry['section'],
        data: row.data,
        at: row.createdAt,
      })),
    );
  }

  private async view(manager: EntityManager, dossier: DossierEntity): Promise<AdministrativeDto> {
    const state = await this.state(manager, dossier);
    const { referential } = await this.referentials.get(dossier.referentialId);
    const latest = (section: (typeof FORM_SECTIONS)[number]): Record<string, unknown> | null => {
      const entry = state.sections[section];
      return entry ? { ...entry.data, recordedAt: entry.at } : null;
    };
    return {
      dossierId: dossier.id,
      status: state.status,
      round: state.round,
      candidature: latest('candidature'),
      charter: latest('charter'),
      eligibility: latest('eligibility'),
      obsoleteVersions: latest('obsolete_versions'),
      decision: state.lastDecision ? { ...state.lastDecision } : null,
      missing: administrativeGaps(state, referential.charter?.version),
    };
  }

  async get(principal: Principal, id: string): Promise<AdministrativeDto> {
    const manager = this.dataSource.manager;
    return this.view(manager, await this.dossiers.find(manager, principal, id));
  }

  /** Appends one form version, if the administrative dossier may still change. */
  private async appendForm(
    principal: Principal,
    id: string,
    context: RequestContext,
    section: SegurRecordSection,
    build: (dossier: DossierEntity) => Promise<Record<string, unknown>> | Record<string, unknown>,
  ): Promise<{ dossier: DossierEntity; data: Record<string, unknown>; at: Date }> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.dossiers.find(manager, principal, id, { lock: true });
      const state = await this.state(manager, dossier);
      if (!administrativeEditable(state.status))
        throw new AppError(
          ErrorCode.DossierLocked,
          `The administrative dossier is ${state.status}: it can change only in draft or after a change request.`,
          { status: state.status },
        );
      const data = await build(dossier);
      const row = await this.records.append(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        section,
        subject: null,
        data,
        createdBy: actingUser(principal),
        createdByToken: actingToken(principal),
      });
      await this.dossiers.touch(manager, dossier);
      await this.audit.record(manager, context, {
        action: `segur.administrative.${section}`,
        organizationId: dossier.organizationId,
        targetType: 'dossier',
        targetId: dossier.id,
        data: { recordId: row.id, ...data },
      });
      return { dossier, data, at: row.createdAt };
    });
  }

  async putCandidature(actor: Actor, id: string, input: CandidatureDto): Promise<AdministrativeDto> {
    const { principal } = actor;
    const siren = checkSiren(input.siren);
    if (!siren.valid)
      throw new AppError(ErrorCode.InvalidCompanyNumber, `siren: ${siren.reason}`, {
        field: 'siren',
        reason: siren.reason,
      });
    const siret = checkSiret(input.siret);
    if (!siret.valid)
      throw new AppError(ErrorCode.InvalidCompanyNumber, `siret: ${siret.reason}`, {
        field: 'siret',
        reason: siret.reason,
      });
    if (!siret.normalized.startsWith(siren.normalized))
      throw new AppError(
        ErrorCode.InvalidCompanyNumber,
        `siret: the SIRET ${siret.normalized} is not an establishment of SIREN ${siren.normalized} (its first 9 digits differ).`,
        { field: 'siret', reason: 'SIRET does not start with the SIREN.' },
      );
    const { dossier } = await this.appendForm(principal, id, actor, 'candidature', () => ({
      legalName: input.legalName.trim(),
      siren: siren.normalized,
      siret: siret.normalized,
      solutionName: input.solutionName.trim(),
      solutionVersion: input.solutionVersion.trim(),
      contactEmail: input.contactEmail,
      contactName: input.contactName?.trim() ?? null,
    }));
    return this.view(this.dataSource.manager, dossier);
  }

  /** The charter, accepted by a vendor administrator (the guard lets no one else through). */
  async acceptCharter(actor: Actor, id: string, input: CharterAcceptanceDto): Promise<CharterAcceptedDto> {
    const { principal } = actor;
    const { data, at } = await this.appendForm(principal, id, actor, 'charter', async (dossier) => {
      const { referential } = await this.referentials.get(dossier.referentialId);
      const charter = referential.charter!;
      return {
        signatoryName: input.signatoryName.trim(),
        signatoryRole: input.signatoryRole.trim(),
        charterVersion: charter.version,
        charterSha256: createHash('sha256').update(charter.text, 'utf8').digest('hex'),
        acceptedBy: actingUser(principal),
        acceptedAt: new Date().toISOString(),
      };
    });
    return {
      acceptedAt: at,
      charterVersion: String(data.charterVersion),
      charterSha256: String(data.charterSha256),
      signatoryName: String(data.signatoryName),
      signatoryRole: String(data.signatoryRole),
    };
  }

  async putEligibility(actor: Actor, id: string, raw: Record<string, unknown>): Promise<AdministrativeDto> {
    const { principal } = actor;
    const { dossier } = await this.appendForm(principal, id, actor, 'eligibility', async (found) => {
      const { referential } = await this.referentials.get(found.referentialId);
      const validation = validateAnswers({ ...referential, questions: referential.eligibility ?? [] }, raw);
      if (validation.errors.length > 0) {
        const keys = [...new Set(validation.errors.map((error) => error.key))].join(', ');
        throw new AppError(ErrorCode.InvalidAnswers, `Some answers do not fit the eligibility form: ${keys}.`, {
          answers: validation.errors,
        });
      }
      return { answers: validation.answers };
    });
    return this.view(this.dataSource.manager, dossier);
  }

  async putObsoleteVersions(actor: Actor, id: string, input: ObsoleteVersionsDto): Promise<AdministrativeDto> {
    const { principal } = actor;
    const problems = obsoleteVersionsProblems(input);
    if (problems.length > 0)
      throw new AppError(
        ErrorCode.ValidationFailed,
        `The declaration of obsolete versions is not valid: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join(' ')}`,
        { problems },
      );
    const { dossier } = await this.appendForm(principal, id, actor, 'obsolete_versions', () =>
      input.none
        ? { none: true, justification: input.justification!.trim(), versions: [] }
        : {
            none: false,
            versions: (input.versions ?? []).map(({ version, endOfMaintenance, endOfSale }) => ({
              version,
              endOfMaintenance: endOfMaintenance ?? null,
              endOfSale: endOfSale ?? null,
            })),
          },
    );
    return this.view(this.dataSource.manager, dossier);
  }

  async submit(actor: Actor, id: string): Promise<AdministrativeDto> {
    const { principal } = actor;
    const dossier = await this.dataSource.transaction(async (manager) => {
      const found = await this.dossiers.find(manager, principal, id, { lock: true });
      const state = await this.state(manager, found);
      if (!administrativeEditable(state.status))
        throw new AppError(ErrorCode.DossierLocked, `The administrative dossier is already ${state.status}.`, {
          status: state.status,
        });
      const { referential } = await this.referentials.get(found.referentialId);
      const gaps = administrativeGaps(state, referential.charter?.version);
      if (gaps.length > 0)
        throw new AppError(
          ErrorCode.AdministrativeIncomplete,
          `The administrative dossier cannot be submitted: ${gaps.map((gap) => gap.section).join(', ')} missing (details.missing says why).`,
          { missing: gaps },
        );
      const deadlines = await this.campaign.deadlines(manager, found);
      const passed = passedDeadline(deadlines, state.round === 0 ? 'application_end' : 'change_request_answer');
      if (passed)
        throw new AppError(
          ErrorCode.DeadlinePassed,
          `The deadline « ${passed.label} » passed on ${passed.dueAt!.toISOString()}: the review lead may grant an extension.`,
          { milestone: passed.key, dueAt: passed.dueAt, extendedUntil: passed.extendedUntil },
        );
      const row = await this.records.append(manager, {
        dossierId: found.id,
        organizationId: found.organizationId,
        section: 'administrative_submission',
        subject: null,
        data: { round: state.round + 1 },
        createdBy: actingUser(principal),
        createdByToken: actingToken(principal),
      });
      // From its first submission the authority sees the dossier (reviewers never see drafts).
      found.firstSubmittedAt ??= row.createdAt;
      found.lastSubmittedAt = row.createdAt;
      const saved = await this.dossiers.save(manager, found);
      await this.audit.record(manager, actor, {
        action: 'segur.administrative.submitted',
        organizationId: found.organizationId,
        targetType: 'dossier',
        targetId: found.id,
        data: { round: state.round + 1 },
      });
      return saved;
    });
    return this.view(this.dataSource.manager, dossier);
  }

  /** The reviewer's decision: accepted opens phase 2; changes_requested sends it back with a comment. */
  async decide(actor: Actor, id: string, input: AdministrativeDecisionDto): Promise<AdministrativeDto> {
    const { principal } = actor;
    if (input.decision === 'changes_requested' && !input.comment?.trim())
      throw new AppError(
        ErrorCode.ValidationFailed,
        'Say what to change: a comment is required with changes_requested.',
      );
    const dossier = await this.dataSource.transaction(async (manager) => {
      const found = await this.dossiers.find(manager, principal, id, { lock: true });
      const state = await this.state(manager, found);
      if (state.status !== 'submitted')
        throw new AppError(
          ErrorCode.TransitionRefused,
          `The administrative dossier is ${state.status}: a decision is given on a submitted one.`,
          { status: state.status },
        );
      await this.records.append(manager, {
        dossierId: found.id,
        organizationId: found.organizationId,
        section: 'administrative_decision',
        subject: null,
        data: { decision: input.decision, comment: input.comment?.trim() ?? null, round: state.round },
        createdBy: actingUser(principal),
        createdByToken: actingToken(principal),
      });
      if (input.decision === 'accepted') found.phase = 'proofs';
      const saved = await this.dossiers.save(manager, found);
      if (input.decision === 'changes_requested') await this.dossiers.touch(manager, saved); // its deadlines moved
      await this.audit.record(manager, actor, {
        action: `segur.administrative.${input.decision}`,
        organizationId: found.organizationId,
        targetType: 'dossier',
        targetId: found.id,
        data: { round: state.round, comment: input.comment ?? null, phase: saved.phase },
      });
      return saved;
    });
    return this.view(this.dataSource.manager, dossier);
  }
}
