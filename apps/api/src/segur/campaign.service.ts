import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { dossierDeadlines, type Deadline, type DossierFacts, type Milestone } from '@preuve/domain';
import {
  DecisionRepository,
  ReferentialAmendmentRepository,
  SegurRecordRepository,
  type DossierEntity,
  type SegurRecordEntity,
} from '@preuve/persistence';
import { InvalidationBus, SharedCache } from '../database/invalidation-bus.js';
import { ReferentialsService } from '../referentials/referentials.service.js';

const MILESTONES_TOPIC = 'milestones';

/**
 * The campaign around a Ségur référentiel: the milestones in force (the latest an authority set,
 * else the published ones) and, per dossier, its deadlines (due, met, late, extended).
 */
@Injectable()
export class CampaignService {
  /** Milestones by référentiel: new ones set on any instance invalidate them everywhere at commit. */
  private readonly milestoneCache: SharedCache<Milestone[]>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly referentials: ReferentialsService,
    private readonly amendments: ReferentialAmendmentRepository,
    private readonly records: SegurRecordRepository,
    private readonly decisions: DecisionRepository,
    private readonly bus: InvalidationBus,
  ) {
    this.milestoneCache = new SharedCache(bus, MILESTONES_TOPIC, 100);
  }

  /**
   * The milestones in force for a référentiel. Inside a transaction (`manager` given) they are
   * read through it, uncached: a transaction that sets milestones sees its own.
   */
  async milestones(referentialId: string, manager?: EntityManager): Promise<Milestone[]> {
    if (manager && manager !== this.dataSource.manager) return this.readMilestones(referentialId, manager);
    return this.milestoneCache.get(referentialId, () => this.readMilestones(referentialId, this.dataSource.manager));
  }

  private async readMilestones(referentialId: string, manager: EntityManager): Promise<Milestone[]> {
    const { referential } = await this.referentials.get(referentialId);
    const latest = await this.amendments.latestMilestones(manager, referentialId);
    return latest ? latest.milestones : (referential.milestones ?? []);
  }

  /** In the transaction that sets milestones: every instance forgets the référentiel's at commit. */
  async milestonesChanged(manager: EntityManager, referentialId: string): Promise<void> {
    await this.bus.publish(manager, MILESTONES_TOPIC, referentialId);
  }

  /** Forgets here at once, for the answer of the request that set them. */
  forget(referentialId: string): void {
    this.milestoneCache.forget(referentialId);
  }

  /** What the deadlines of a dossier are computed from, read from its journal and review decisions. */
  async facts(manager: EntityManager, dossier: DossierEntity, records?: SegurRecordEntity[]): Promise<DossierFacts> {
    const journal = records ?? (await this.records.listForDossier(manager, dossier.id));
    const extensions: Record<string, Date> = {};
    let administrativeSubmittedAt: Date | null = null;
    let openChangeRequestAt: Date | null = null;
    for (const record of journal) {
      if (record.section === 'extension' && record.subject)
        extensions[record.subject] = new Date(String(record.data.until));
      if (record.section === 'administrative_submission') {
        administrativeSubmittedAt ??= record.createdAt;
        openChangeRequestAt = null;
      }
      if (record.section === 'administrative_decision')
        openChangeRequestAt = record.data.decision === 'changes_requested' ? record.createdAt : null;
    }
    // A change request on the proof dossier waits for an answer while the dossier is sent back.
    if (dossier.status === 'changes_requested') {
      const decisions = await this.decisions.listForDossier(manager, dossier.id);
      const latest = decisions.filter((decision) => decision.decision === 'changes_requested').at(-1);
      if (latest) openChangeRequestAt = latest.createdAt;
    }
    return {
      administrativeSubmittedAt,
      proofsSubmittedAt: this.proofsSubmitted(dossier),
      openChangeRequestAt,
      extensions,
    };
  }

  /** The proof dossier was submitted once it left round 1's draft (the administrative one does not count). */
  private proofsSubmitted(dossier: DossierEntity): Date | null {
    return dossier.status === 'draft' && dossier.round === 1 ? null : (dossier.lastSubmittedAt ?? dossier.updatedAt);
  }

  async deadlines(
    manager: EntityManager,
    dossier: DossierEntity,
    now = new Date(),
    records?: SegurRecordEntity[],
  ): Promise<Deadline[]> {
    if (dossier.programme !== 'SEGUR') return [];
    const [milestones, facts] = await Promise.all([
      this.milestones(dossier.referentialId, manager),
      this.facts(manager, dossier, records),
    ]);
    return dossierDeadlines(milestones, facts, now);
  }
}
