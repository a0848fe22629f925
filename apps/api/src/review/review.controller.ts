import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AUTHORITY_ROLES } from '@preuve/domain';
import type { Principal } from '../common/access/principal.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { DOSSIER_READERS } from '../common/dossier/dossier-access.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ApiOperationDoc } from '../common/openapi/operation.decorator.js';
import {
  AssignRequestDto,
  CommentDto,
  CommentRequestDto,
  DecisionDto,
  DecisionRequestDto,
  RoundDiffDto,
  VerdictDto,
  VerdictRequestDto,
} from './dto/review.dto.js';
import { ReviewAssignmentService } from './review-assignment.service.js';
import { ReviewCommentsService } from './review-comments.service.js';
import { ReviewDecisionsService } from './review-decisions.service.js';
import { ReviewStateService } from './review-state.service.js';
import { ReviewVerdictsService } from './review-verdicts.service.js';
import { RoundDiffService } from './round-diff.service.js';
import { CreateRoute, ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

const REVIEW_WRITE = { roles: AUTHORITY_ROLES, scope: 'review:write' } as const;

/**
 * The review of one dossier: the authority's acts (assignment, start, verdicts, decisions), and what
 * the vendor and the reviewers both read and write (the round diff, the comment threads).
 */
@ApiTags('review')
@Controller('dossiers/:id')
export class ReviewController {
  constructor(
    private readonly assignment: ReviewAssignmentService,
    private readonly state: ReviewStateService,
    private readonly verdicts: ReviewVerdictsService,
    private readonly decisions: ReviewDecisionsService,
    private readonly rounds: RoundDiffService,
    private readonly comments: ReviewCommentsService,
  ) {}

  @Post('assign')
  @HttpCode(200)
  @Authenticated({ roles: AUTHORITY_ROLES })
  @ApiOperationDoc(
    {
      operationId: 'assignDossier',
      summary: 'Assigns the dossier to a reviewer (yourself, or anyone for a review lead)',
      errors: { 404: 'DOSSIER_NOT_FOUND or USER_NOT_FOUND' },
    },
    ApiOkResponse({ description: '{ assignedTo }' }),
  )
  assign(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AssignRequestDto,
  ): Promise<{ assignedTo: string | null }> {
    return this.assignment.assign(actor, id, body);
  }

  @Post('review/start')
  @HttpCode(200)
  @Authenticated(REVIEW_WRITE)
  @ApiOperationDoc(
    {
      operationId: 'startReview',
      summary: 'Starts the review of a submitted dossier (in_review)',
      errors: { 404: 'DOSSIER_NOT_FOUND', 409: 'TRANSITION_REFUSED (names the current state)' },
    },
    ApiOkResponse({ description: '{ status, round }' }),
  )
  start(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<{ status: string; round: number }> {
    return this.state.startReview(actor, id);
  }

  @WriteRoute('PUT', 'scenarios/:code/verdict', REVIEW_WRITE, VerdictDto, {
    operationId: 'setVerdict',
    summary: 'A verdict on a scenario, or on its sworn declaration, for the current round',
    description:
      'The first verdict on a submitted dossier starts its review. Send expectedVersion to be told if the scenario moved.',
    errors: {
      404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND',
      409: 'VERSION_CONFLICT or TRANSITION_REFUSED',
      422: 'VERDICT_NOT_APPLICABLE',
    },
  })
  verdict(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: VerdictRequestDto,
  ): Promise<VerdictDto> {
    return this.verdicts.verdict(actor, id, code, body);
  }

  @WriteRoute('POST', 'decision', REVIEW_WRITE, DecisionDto, {
    operationId: 'decideDossier',
    summary: 'Decides a round: changes_requested (reopens round N+1), approved or rejected (review lead)',
    errors: {
      404: 'DOSSIER_NOT_FOUND',
      409: 'TRANSITION_REFUSED (names the current state)',
      422: 'DECISION_NOT_ALLOWED',
    },
  })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: DecisionRequestDto,
  ): Promise<DecisionDto> {
    return this.decisions.decide(actor, id, body);
  }

  @ReadRoute('rounds/:round/diff', { roles: DOSSIER_READERS, scope: 'dossiers:read' }, RoundDiffDto, {
    operationId: 'getRoundDiff',
    summary: 'What changed in a round since the previous one: answers, applicability, evidence, declarations',
    errors: { 404: 'DOSSIER_NOT_FOUND or ROUND_NOT_FOUND' },
  })
  diff(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('round') round: string,
  ): Promise<RoundDiffDto> {
    if (!/^[1-9]\d{0,4}$/.test(round))
      throw new AppError(ErrorCode.ValidationFailed, 'round must be a round number (1, 2, …).');
    return this.rounds.diff(principal, id, Number(round));
  }

  @ReadRoute('scenarios/:code/comments', { roles: DOSSIER_READERS, scope: 'dossiers:read' }, [CommentDto], {
    operationId: 'listComments',
    summary: "A scenario's comment thread between reviewers and the vendor, oldest first",
    errors: { 404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND' },
  })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('code') code: string,
  ): Promise<CommentDto[]> {
    return this.comments.list(principal, id, code);
  }

  @CreateRoute('scenarios/:code/comments', { roles: DOSSIER_READERS }, CommentDto, {
    operationId: 'postComment',
    summary: 'Posts a message in a scenario’s thread',
    errors: { 404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND' },
  })
  post(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: CommentRequestDto,
  ): Promise<CommentDto> {
    return this.comments.post(actor, id, code, body.body);
  }

  @WriteRoute('PUT', 'scenarios/:code/comments/:commentId', { roles: DOSSIER_READERS }, CommentDto, {
    operationId: 'editComment',
    summary: 'Edits one of your messages: a new revision, the old text kept and the message shown as edited',
    errors: { 404: 'DOSSIER_NOT_FOUND, SCENARIO_NOT_FOUND or COMMENT_NOT_FOUND' },
  })
  edit(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
    @Param('commentId') commentId: string,
    @Body() body: CommentRequestDto,
  ): Promise<CommentDto> {
    return this.comments.post(actor, id, code, body.body, commentId);
  }
}
