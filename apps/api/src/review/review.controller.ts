import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUTHORITY_ROLES } from '@preuve/domain';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ApiErrors } from '../common/openapi/api-errors.decorator.js';
import { DOSSIER_READERS } from '../common/dossier/dossier-access.js';
import {
  AssignRequestDto,
  CommentDto,
  CommentRequestDto,
  DecisionDto,
  DecisionRequestDto,
  DossierProgressDto,
  ProgressQueryDto,
  QueuePageDto,
  QueueQueryDto,
  ReviewStatsDto,
  ReviewSummaryDto,
  ReviewVendorDto,
  RoundDiffDto,
  VerdictDto,
  VerdictRequestDto,
} from './dto/review.dto.js';
import { ReviewReadsService } from './review-reads.service.js';
import { ReviewService } from './review.service.js';

@ApiTags('review')
@Controller()
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly reads: ReviewReadsService,
  ) {}

  @Get('review/queue')
  @Authenticated({ roles: AUTHORITY_ROLES, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'getReviewQueue',
    summary: 'The reviewer queue: submitted dossiers of every vendor, longest waiting first, filtered',
  })
  @ApiOkResponse({ type: QueuePageDto })
  @ApiErrors({ 400: 'VALIDATION_FAILED or INVALID_CURSOR' })
  queue(@CurrentPrincipal() principal: Principal, @Query() query: QueueQueryDto): Promise<QueuePageDto> {
    return this.reads.page(principal, query);
  }

  @Get('review/dossiers/:id')
  @Authenticated({ roles: AUTHORITY_ROLES, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'getReviewItem',
    summary: 'One dossier as the queue shows it: vendor, product, référentiel, assignee, waiting time, progress',
  })
  @ApiOkResponse({ type: ReviewSummaryDto })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND' })
  item(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ReviewSummaryDto> {
    return this.reads.item(principal, id);
  }

  @Get('review/progress')
  @Authenticated({ roles: AUTHORITY_ROLES, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'getReviewProgress',
    summary: 'Review progress of some dossiers (the queue rows on screen): scenarios accepted of those to judge',
    description: 'Apart from the queue so that the queue stays one index walk; ids you cannot see are left out.',
  })
  @ApiOkResponse({ type: [DossierProgressDto] })
  @ApiErrors({ 400: 'VALIDATION_FAILED' })
  progress(@CurrentPrincipal() principal: Principal, @Query() query: ProgressQueryDto): Promise<DossierProgressDto[]> {
    return this.reads.progress(principal, query.ids.split(','));
  }

  @Get('review/vendors')
  @Authenticated({ roles: AUTHORITY_ROLES, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'listReviewVendors',
    summary:
      'The vendors with dossiers under review (submitted at least once), by name (the vendor filter of the queue)',
  })
  @ApiOkResponse({ type: [ReviewVendorDto] })
  vendors(@CurrentPrincipal() principal: Principal): Promise<ReviewVendorDto[]> {
    return this.reads.vendors(principal);
  }

  @Get('review/stats')
  @Authenticated({ roles: AUTHORITY_ROLES, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'getReviewStats',
    summary: 'Review figures: dossiers by status, median time in review and in the queue, progress by family',
  })
  @ApiOkResponse({ type: ReviewStatsDto })
  stats(@CurrentPrincipal() principal: Principal): Promise<ReviewStatsDto> {
    return this.reads.stats(principal);
  }

  @Post('dossiers/:id/assign')
  @HttpCode(200)
  @Authenticated({ roles: AUTHORITY_ROLES })
  @ApiOperation({
    operationId: 'assignDossier',
    summary: 'Assigns the dossier to a reviewer (yourself, or anyone for a review lead)',
  })
  @ApiOkResponse({ description: '{ assignedTo }' })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND or USER_NOT_FOUND' })
  assign(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: AssignRequestDto,
    @Context() context: RequestContext,
  ): Promise<{ assignedTo: string | null }> {
    return this.review.assign(principal, id, body, context);
  }

  @Post('dossiers/:id/review/start')
  @HttpCode(200)
  @Authenticated({ roles: AUTHORITY_ROLES, scope: 'review:write' })
  @ApiOperation({ operationId: 'startReview', summary: 'Starts the review of a submitted dossier (in_review)' })
  @ApiOkResponse({ description: '{ status, round }' })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND', 409: 'TRANSITION_REFUSED (names the current state)' })
  start(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Context() context: RequestContext,
  ): Promise<{ status: string; round: number }> {
    return this.review.startReview(principal, id, context);
  }

  @Put('dossiers/:id/scenarios/:code/verdict')
  @Authenticated({ roles: AUTHORITY_ROLES, scope: 'review:write' })
  @ApiOperation({
    operationId: 'setVerdict',
    summary: 'A verdict on a scenario, or on its sworn declaration, for the current round',
    description:
      'The first verdict on a submitted dossier starts its review. Send expectedVersion to be told if the scenario moved.',
  })
  @ApiOkResponse({ type: VerdictDto })
  @ApiErrors({
    404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND',
    409: 'VERSION_CONFLICT or TRANSITION_REFUSED',
    422: 'VERDICT_NOT_APPLICABLE',
  })
  verdict(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: VerdictRequestDto,
    @Context() context: RequestContext,
  ): Promise<VerdictDto> {
    return this.review.verdict(principal, id, code, body, context);
  }

  @Post('dossiers/:id/decision')
  @HttpCode(200)
  @Authenticated({ roles: AUTHORITY_ROLES, scope: 'review:write' })
  @ApiOperation({
    operationId: 'decideDossier',
    summary: 'Decides a round: changes_requested (reopens round N+1), approved or rejected (review lead)',
  })
  @ApiOkResponse({ type: DecisionDto })
  @ApiErrors({
    404: 'DOSSIER_NOT_FOUND',
    409: 'TRANSITION_REFUSED (names the current state)',
    422: 'DECISION_NOT_ALLOWED',
  })
  decide(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: DecisionRequestDto,
    @Context() context: RequestContext,
  ): Promise<DecisionDto> {
    return this.review.decide(principal, id, body, context);
  }

  @Get('dossiers/:id/rounds/:round/diff')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'getRoundDiff',
    summary: 'What changed in a round since the previous one: answers, applicability, evidence, declarations',
  })
  @ApiOkResponse({ type: RoundDiffDto })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND or ROUND_NOT_FOUND' })
  diff(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('round') round: string,
  ): Promise<RoundDiffDto> {
    if (!/^[1-9]\d{0,4}$/.test(round))
      throw new AppError(ErrorCode.ValidationFailed, 'round must be a round number (1, 2, …).');
    return this.reads.diff(principal, id, Number(round));
  }

  @Get('dossiers/:id/scenarios/:code/comments')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'listComments',
    summary: "A scenario's comment thread between reviewers and the vendor, oldest first",
  })
  @ApiOkResponse({ type: [CommentDto] })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND' })
  comments(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('code') code: string,
  ): Promise<CommentDto[]> {
    return this.reads.listComments(principal, id, code);
  }

  @Post('dossiers/:id/scenarios/:code/comments')
  @Authenticated({ roles: DOSSIER_READERS })
  @ApiOperation({ operationId: 'postComment', summary: 'Posts a message in a scenario’s thread' })
  @ApiCreatedResponse({ type: CommentDto })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND' })
  post(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: CommentRequestDto,
    @Context() context: RequestContext,
  ): Promise<CommentDto> {
    return this.reads.comment(principal, id, code, body.body, context);
  }

  @Put('dossiers/:id/scenarios/:code/comments/:commentId')
  @Authenticated({ roles: DOSSIER_READERS })
  @ApiOperation({
    operationId: 'editComment',
    summary: 'Edits one of your messages: a new revision, the old text kept and the message shown as edited',
  })
  @ApiOkResponse({ type: CommentDto })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND, SCENARIO_NOT_FOUND or COMMENT_NOT_FOUND' })
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('code') code: string,
    @Param('commentId') commentId: string,
    @Body() body: CommentRequestDto,
    @Context() context: RequestContext,
  ): Promise<CommentDto> {
    return this.reads.comment(principal, id, code, body.body, context, commentId);
  }
}
