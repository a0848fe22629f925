import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { homologationStates, passedDeadline, type Deadline, type HomologationState } from '@preuve/domain';
import { SegurRecordRepository, type DossierEntity, type SegurRecordEntity } from '@preuve/persistence';
import { AppError } from '../common/errors/app-error.js';
import { Lru } from '../common/lru.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferentialsService } from '../referentials/referentials.service.js';
import { CampaignService } from './campaign.service.js';

/** What a Ségur dossier's view adds: its deadlines and its homologations, as of now. */
export interface SegurExtras {
  deadlines: Deadline[];
  homologations: (HomologationState & { needed: boolean })[];
}

/**
 * What of the extras moves without the dossier's version moving (time, campaign dates): with the
 * version, it keys the cached view.
 */
export function extrasStamp(extras: SegurExtras): string {
  const time = (date: Date | null): string => (date === null ? '-' : String(date.getTime()));
  return [
    ...extras.deadlines.map(
      (deadline) =>
        `${deadline.key}:${time(deadline.dueAt)}:${time(deadline.extendedUntil)}:${+deadline.met}${+deadline.late}`,
    ),
    ...extras.homologations.map(
      (homologation) => `${homologation.kind}:${time(homologation.inProgressUntil)}:${+homologation.satisfied}`,
    ),
  ].join('|');
}

/**
 * The time-dependent state of a Ségur dossier (deadlines, homologations), read from its journal
 * in one query, for its view and for the gates of its submissions.
 */
@Injectable()
export class SegurStateService {
  /**
   * Journals by dossier version: every row appended moves its dossier's version in the same
   * transaction, so a journal read at a version stays that version's journal.
   */
  private readonly journals = new Lru<string, SegurRecordEntity[]>(2_000);

  constructor(
    private readonly dataSource: DataSource,
    private readonly records: SegurRecordRepository,
    private readonly campaign: CampaignService,
    private readonly referentials: ReferentialsService,
  ) {}

  async extras(
    dossier: DossierEntity,
    manager: EntityManager = this.dataSource.manager,
    now = new Date(),
  ): Promise<SegurExtras | null> {
    if (dossier.programme !== 'SEGUR') return null;
    const key = `${dossier.id}:${dossier.version}`;
    const journal = this.journals.get(key);
    const [records, milestones, cached] = await Promise.all([
      journal ?? this.records.listForDossier(manager, dossier.id),
      this.campaign.milestones(dossier.referentialId, manager),
      this.referentials.get(dossier.referentialId),
    ]);
    const deadlines = await this.campaign.deadlines(manager, dossier, now, records);
    const dates = Object.fromEntries(
      milestones.map((milestone) => [milestone.key, milestone.dueAt ? new Date(milestone.dueAt) : null]),
    );
    // An extension moves a submission deadline, not the date until which « in progress » stands in.
    if (!journal) this.journals.set(key, records);
    const { referential } = cached;
    // A homologation is needed when one of the requirements naming it applies to this dossier.
    const applicable = new Set(
      cached
        .assess(dossier.answers)
        .scenarios.filter((scenario) => scenario.applicable)
        .map((scenario) => scenario.requirementCode),
    );
    const homologations = homologationStates(
      referential.homologations ?? [],
      records
        .filter((record) => record.section === 'homologation')
        .map((record) => ({
          kind: String(record.subject),
          status: record.data.status as 'granted' | 'in_progress',
          number: (record.data.number as string | null) ?? null,
          grantedOn: (record.data.grantedOn as string | null) ?? null,
          evidenceId: (record.data.evidenceId as string | null) ?? null,
          recordedAt: record.createdAt,
        })),
      dates,
      now,
    ).map((state) => ({ ...state, needed: state.requirementCodes.some((code) => applicable.has(code)) }));
    return { deadlines, homologations };
  }

  /**
   * Gates of a proof submission (inside its transaction): 409 DEADLINE_PASSED at once when the
   * milestone guarding it passed without an extension; the homologations it needs that are missing
   * or « in progress » past their milestone are returned, for the 422 DOSSIER_INCOMPLETE.
   */
  async proofSubmissionGates(
    manager: EntityManager,
    dossier: DossierEntity,
  ): Promise<{ kind: string; status: string; problem: string | null }[]> {
    const extras = await this.extras(dossier, manager);
    if (!extras) return [];
    const passed = passedDeadline(extras.deadlines, dossier.round === 1 ? 'proofs_due' : 'change_request_answer');
    if (passed)
      throw new AppError(
        ErrorCode.DeadlinePassed,
        `The deadline « ${passed.label} » passed on ${passed.dueAt!.toISOString()}: the review lead may grant an extension.`,
        { milestone: passed.key, dueAt: passed.dueAt, extendedUntil: passed.extendedUntil },
      );
    return extras.homologations
      .filter((homologation) => homologation.needed && !homologation.satisfied)
      .map(({ kind, status, problem }) => ({ kind, status, problem }));
  }
}
