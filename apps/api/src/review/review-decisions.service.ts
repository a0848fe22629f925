import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { eventOfDecision } from '@preuve/domain';
import { DecisionRepository, type DossierEntity } from '@preuve/persistence';
import { type Principal, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferencementService } from '../segur/referencement.service.js';
import type { DecisionDto, DecisionRequestDto } from './dto/review.dto.js';
import { ReviewDossiers, type JudgedDossier } from './review-dossiers.js';
import { ReviewSettings } from './review-settings.js';
import { refuseUnlessAllowed, ReviewStateService, transition } from './review-state.service.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** Who may decide what, before the dossier is even read (403, 400). */
function refuseDecider(principal: Principal, input: DecisionRequestDto): void {
  if (
    (input.decision === 'approved' || input.decision === 'rejected') &&
    (principal.kind !== 'user' || principal.role !== 'review_lead')
  ) {
    throw new AppError(ErrorCode.Forbidden, `Only a review lead may decide « ${input.decision} ».`);
  }
  if (input.decision === 'rejected' && !input.comment) {
    throw new AppError(ErrorCode.ValidationFailed, 'A rejection needs a comment saying why.');
  }
}

/** The decision a round's verdicts allow (422), and four eyes on approval (403). */
function refuseUnjudged(
  principal: Principal,
  input: DecisionRequestDto,
  dossier: DossierEntity,
  { rows: all, content }: JudgedDossier,
  fourEyes: boolean,
): void {
  const rows = all.filter((row) => row.applicable || row.scenario.declarationRequired);
  if (input.decision === 'changes_requested') {
    const requested = rows.filter((row) => row.verdict?.round === dossier.round && row.verdict.verdict !== 'accepted');
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
    if (fourEyes && principal.kind === 'user') {
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
}

/** Decisions on a round: changes requested (round N+1 opens), approved (a Ségur référencement) or rejected. */
@Injectable()
export class ReviewDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviewDossiers: ReviewDossiers,
    private readonly state: ReviewStateService,
    private readonly decisions: DecisionRepository,
    private readonly referencements: ReferencementService,
    private readonly settings: ReviewSettings,
  ) {}

  async decide(actor: Actor, id: string, input: DecisionRequestDto): Promise<DecisionDto> {
    const { principal } = actor;
    refuseDecider(principal, input);
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.reviewDossiers.find(manager, principal, id, { lock: true });
      const event = eventOfDecision(input.decision);
      refuseUnlessAllowed(dossier, event);
      refuseUnjudged(
        principal,
        input,
        dossier,
        await this.reviewDossiers.judged(manager, dossier),
        this.settings.fourEyes,
      );
      const submission = (await this.reviewDossiers.rounds(manager, dossier)).find(
        (entry) => entry.round === dossier.round,
      );
      if (!submission) throw new AppError(ErrorCode.TransitionRefused, `Round ${dossier.round} was never submitted.`);
      const decidedRound = dossier.round;
      transition(dossier, event);
      if (input.decision === 'changes_requested') dossier.round += 1;
      // Ségur phase 3: the approval is a référencement (number, attestation, public list).
      if (input.decision === 'approved' && dossier.programme === 'SEGUR') {
        dossier.phase = 'referenced';
        await this.referencements.grant(manager, dossier, principal, decidedRound, submission.manifestSha256, actor);
      }
      const saved = await this.decisions.insert(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        round: decidedRound,
        decision: input.decision,
        comment: input.comment || null,
        manifestSha256: submission.manifestSha256,
        createdAt: new Date(),
        reviewerId: actingUser(principal),
        reviewerToken: actingToken(principal),
      });
      await this.state.save(manager, actor, dossier, {
        type: `dossier.${input.decision}`,
        audited: { round: decidedRound, manifestSha256: submission.manifestSha256, comment: saved.comment },
        published: { round: decidedRound, manifestSha256: submission.manifestSha256, nextRound: dossier.round },
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
