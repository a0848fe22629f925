import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AUTHORITY_ROLES,
  allowedEvents,
  eventOfDecision,
  nextStatus,
  codeLookupKey,
  type DossierEvent,
} from '@preuve/domain';
import {
  DecisionRepository,
  DossierRepository,
  SubmissionRepository,
  UserRepository,
  VerdictRepository,
  type DossierEntity,
} from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, type RequestContext, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { scenarioRows } from '../dossiers/dossier-view.js';
import { DossiersService } from '../dossiers/dossiers.service.js';
import { DomainEvents } from '../events/domain-events.js';
import { ReferentialsService, resolveCode } from '../referentials/referentials.service.js';
import type {
  AssignRequestDto,
  DecisionDto,
  DecisionRequestDto,
  VerdictDto,
  VerdictRequestDto,
} from './dto/review.dto.js';
import { ReferencementService } from '../segur/referencement.service.js';
import { ReviewSettings } from './review-settings.js';

function actor(principal: Principal): { reviewerId: string | null; reviewerToken: string | null } {
  return {
    reviewerId: actingUser(principal),
    reviewerToken: actingToken(principal),
  };
}

@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossierRepository,
    private readonly verdicts: VerdictRepository,
    private readonly decisions: DecisionRepository,
    private readonly submissions: SubmissionRepository,
    private readonly users: UserRepository,
    private readonly dossierService: DossiersService,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly settings: ReviewSettings,
    private readonly referencements: ReferencementService,
  ) {}

  private async locked(manager: EntityManager, principal: Principal, id: string): Promise<DossierEntity> {
    const dossier = await this.dossiers.findById(manager, tenantOf(principal), id, { lock: true });
    if (!dossier) throw new AppError(ErrorCode.DossierNotFound, `No dossier « ${id} » is visible to you.`);
    return dossier;
  }

  /** Moves the dossier through the state machine, or 409 naming the current state. */
  private transition(dossier: DossierEntity, event: DossierEvent): void {
    const next = nextStatus(dossier.status, event);
    if (!next) {
      const allowed = allowedEvents(dossier.status);
      throw new AppError(
        ErrorCode.TransitionRefused,
        `The dossier is ${dossier.status}: « ${event} » is not possible now${allowed.length ? ` (possible: ${allowed.join(', ')})` : ''}.`,
        { status: dossier.status, event, allowed },
      );
    }
    dossier.status = next;
  }

  private async startReviewIn(
    manager: EntityManager,
    dossier: DossierEntity,
    principal: Principal,
    context: RequestContext,
  ): Promise<void> {
    this.transition(dossier, 'start_review');
    if (!dossier.assignedTo && principal.kind === 'user') dossier.assignedTo = principal.userId;
    await this.dossiers.save(manager, dossier);
    await this.audit.record(manager, context, {
      action: 'dossier.review_started',
      organizationId: dossier.organizationId,
      targetType: 'dossier',
      targetId: dossier.id,
      data: { round: dossier.round },
    });
    await this.events.publish(manager, {
      type: 'dossier.review_started',
      dossierId: dossier.id,
      organizationId: dossier.organizationId,
      data: { round: dossier.round },
    });
  }

  async startReview(
    principal: Principal,
    id: string,
    context: RequestContext,
  ): Promise<{ status: string; round: number }> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.locked(manager, principal, id);
      await this.startReviewIn(manager, dossier, principal, context);
      return { status: dossier.status, round: dossier.round };
    });
  }

  async assign(
    principal: Principal,
    id: string,
    input: AssignRequestDto,
    context: RequestContext,
  ): Promise<{ assignedTo: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.locked(manager, principal, id);
      const me = actingUser(principal);
      const target = input.reviewerId === undefined ? me : input.reviewerId;
      const lead = principal.kind === 'user' && principal.role === 'review_lead';
      // A reviewer takes a free dossier or lets go of their own; the lead assigns anyone.
      const ownMove =
        me !== null &&
        ((target === me && (dossier.assignedTo === null || dossier.assignedTo === me)) ||
          (target === null && dossier.assignedTo === me));
      if (!lead && !ownMove) {
        throw new AppError(
          ErrorCode.Forbidden,
          'Only a review lead assigns a dossier to someone else or takes it from another reviewer.',
        );
      }
      if (target !== null) {
        const reviewer = await this.users.findById(manager, target);
        if (!reviewer || !(AUTHORITY_ROLES as readonly string[]).includes(reviewer.role)) {
          throw new AppError(ErrorCode.UserNotFound, `No reviewer « ${target} » in the authority.`);
        }
      }
      dossier.assignedTo = target;
      await this.dossiers.save(manager, dossier);
      await this.audit.record(manager, context, {
        action: 'dossier.assigned',
        organizationId: dossier.organizationId,
        targetType: 'dossier',
        targetId: dossier.id,
        data: { assignedTo: target },
      });
      return { assignedTo: target };
    });
  }

  async verdict(
    principal: Principal,
    id: string,
    rawCode: string,
    input: VerdictRequestDto,
    context: RequestContext,
  ): Promise<VerdictDto> {
    if (codeLookupKey(rawCode) === null)
      throw new AppError(ErrorCode.InvalidCode, `« ${rawCode} » is not a scenario code (e.g. « ANN 2.1 »).`);
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.locked(manager, principal, id);
      if (dossier.status === 'submitted') await this.startReviewIn(manager, dossier, principal, context);
      if (dossier.status !== 'in_review') {
        throw new AppError(
          ErrorCode.TransitionRefused,
          `The dossier is ${dossier.status}: verdicts are given while it is in review.`,
          {
            status: dossier.status,
          },
        );
      }
      const [referential, content] = await Promise.all([
        this.referentials.forDossier(dossier),
        this.dossierService.content(manager, dossier.id),
      ]);
      const code = resolveCode(referential, rawCode);
      if (code === null)
        throw new AppError(ErrorCode.InvalidCode, `« ${rawCode} » is not a scenario code (e.g. « ANN 2.1 »).`);
      const row = scenarioRows(dossier, referential, content).find((entry) => entry.code === code);
      if (!row)
        throw new AppError(ErrorCode.ScenarioNotFound, `The référentiel of this dossier has no scenario « ${code} ».`);
      if (!row.applicable && !row.scenario.declarationRequired) {
        throw new AppError(
          ErrorCode.VerdictNotApplicable,
          `${code} neither applies nor carries a sworn declaration: there is nothing to judge.`,
          { scenario: code, reasons: row.scenario.reasons },
        );
      }
      if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
        throw new AppError(
          ErrorCode.VersionConflict,
          `${code} changed since you looked at it (version ${input.expectedVersion}, now ${row.version}): reload it and judge again.`,
          { scenario: code, expectedVersion: input.expectedVersion, currentVersion: row.version },
        );
      }
      const saved = await this.verdicts.insert(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        round: dossier.round,
        scenarioCode: code,
        verdict: input.verdict,
        subject: row.applicable ? 'proofs' : 'declaration',
        comment: input.comment || null,
        createdAt: new Date(),
        ...actor(principal),
      });
      await this.dossiers.touch(manager, dossier.id);
      await this.audit.record(manager, context, {
        action: 'scenario.verdict_given',
        organizationId: dossier.organizationId,
        targetType: 'dossier',
        targetId: dossier.id,
        data: {
          scenario: code,
          verdict: saved.verdict,
          subject: saved.subject,
          round: dossier.round,
          comment: saved.comment,
        },
      });
      await this.events.publish(manager, {
        type: 'scenario.verdict_given',
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        data: { scenario: code, verdict: saved.verdict, round: dossier.round },
      });
      return {
        id: saved.id,
        scenarioCode: code,
        round: saved.round,
        verdict: saved.verdict,
        subject: saved.subject,
        comment: saved.comment,
        createdAt: saved.createdAt,
        version: row.version + 1,
        dossierStatus: dossier.status,
      };
    });
  }

  async decide(
    principal: Principal,
    id: string,
    input: DecisionRequestDto,
    context: RequestContext,
  ): Promise<DecisionDto> {
    if (
      (input.decision === 'approved' || input.decision === 'rejected') &&
      (principal.kind !== 'user' || principal.role !== 'review_lead')
    ) {
      throw new AppError(ErrorCode.Forbidden, `Only a review lead may decide « ${input.decision} ».`);
    }
    if (input.decision === 'rejected' && !input.comment) {
      throw new AppError(ErrorCode.ValidationFailed, 'A rejection needs a comment saying why.');
    }
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.locked(manager, principal, id);
      const event = eventOfDecision(input.decision);
      if (!nextStatus(dossier.status, event)) this.transition(dossier, event); // throws, naming the state
      const [referential, content] = await Promise.all([
        this.referentials.forDossier(dossier),
        this.dossierService.content(manager, dossier.id),
      ]);
      const rows = scenarioRows(dossier, referential, content).filter(
        (row) => row.applicable || row.scenario.declarationRequired,
      );
      if (input.decision === 'changes_requested') {
        const requested = rows.filter(
          (row) => row.verdict?.round === dossier.round && row.verdict.verdict !== 'accepted',
        );
        if (requested.length === 0) {
          throw new AppError(
            ErrorCode.DecisionNotAllowed,
            'Request changes on at least one scenario first (a verdict changes_requested or rejected in this round).',
          );
        }
      }
      if (input.decision === 'approved') {
        const pending = rows.filter((row) => row.verdict?.verdict !== 'accepted').map((row) => row.code);
        if (pending.length > 0) {
          throw new AppError(
            ErrorCode.DecisionNotAllowed,
            `Every applicable scenario and every declaration must be accepted first; not yet: ${pending.join(', ')}.`,
            {
              pending,
            },
          );
        }
        if (this.settings.fourEyes && principal.kind === 'user') {
          const own = content.verdicts.some(
            (verdict) => verdict.round === dossier.round && verdict.reviewerId === principal.userId,
          );
          if (own)
            throw new AppError(
              ErrorCode.Forbidden,
              'Four eyes: the lead who approves may not have given verdicts in this round.',
            );
        }
      }
      const submission = (await this.submissions.listForDossier(manager, dossier.id)).find(
        (entry) => entry.round === dossier.round,
      );
      if (!submission) throw new AppError(ErrorCode.TransitionRefused, `Round ${dossier.round} was never submitted.`);
      const decidedRound = dossier.round;
      this.transition(dossier, event);
      if (input.decision === 'changes_requested') dossier.round += 1;
      // Ségur phase 3: the approval is a référencement (number, attestation, public list).
      if (input.decision === 'approved' && dossier.programme === 'SEGUR') {
        dossier.phase = 'referenced';
        await this.referencements.grant(manager, dossier, principal, decidedRound, submission.manifestSha256, context);
      }
      await this.dossiers.save(manager, dossier);
      const saved = await this.decisions.insert(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        round: decidedRound,
        decision: input.decision,
        comment: input.comment || null,
        manifestSha256: submission.manifestSha256,
        createdAt: new Date(),
        ...actor(principal),
      });
      await this.audit.record(manager, context, {
        action: `dossier.${input.decision}`,
        organizationId: dossier.organizationId,
        targetType: 'dossier',
        targetId: dossier.id,
        data: { round: decidedRound, manifestSha256: submission.manifestSha256, comment: saved.comment },
      });
      await this.events.publish(manager, {
        type: `dossier.${input.decision}`,
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        data: { round: decidedRound, manifestSha256: submission.manifestSha256, nextRound: dossier.round },
      });
      return {
        id: saved.id,
        decision: saved.decision,
        round: decidedRound,
        manifestSha256: saved.manifestSha256,
        comment: saved.comment,
        status: dossier.status,
        dossierRound: dossier.round,
        createdAt: saved.createdAt,
      };
    });
  }
}
