import { Controller, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { AUTHORITY_ROLES } from '@preuve/domain';
import type { Principal } from '../common/access/principal.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import {
  DossierProgressDto,
  ProgressQueryDto,
  QueuePageDto,
  QueueQueryDto,
  ReviewStatsDto,
  ReviewSummaryDto,
  ReviewVendorDto,
} from './dto/review.dto.js';
import { ReviewQueueService } from './review-queue.service.js';
import { ReviewStatsService } from './review-stats.service.js';
import { ReadRoute, ValidatedPageRoute } from '../common/openapi/route.decorator.js';

const REVIEWERS = { roles: AUTHORITY_ROLES, scope: 'dossiers:read' } as const;

@ApiTags('review')
@Controller('review')
export class ReviewQueueController {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly figures: ReviewStatsService,
  ) {}

  @ValidatedPageRoute('queue', REVIEWERS, QueuePageDto, {
    operationId: 'getReviewQueue',
    summary: 'The reviewer queue: submitted dossiers of every vendor, longest waiting first, filtered',
  })
  async page(
    @CurrentPrincipal() principal: Principal,
    @Query() query: QueueQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    (await this.queue.page(principal, query)).send(response, 'private, no-cache');
  }

  @ReadRoute('dossiers/:id', REVIEWERS, ReviewSummaryDto, {
    operationId: 'getReviewItem',
    summary: 'One dossier as the queue shows it: vendor, product, référentiel, assignee, waiting time, progress',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  item(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ReviewSummaryDto> {
    return this.queue.item(principal, id);
  }

  @ReadRoute('progress', REVIEWERS, [DossierProgressDto], {
    operationId: 'getReviewProgress',
    summary: 'Review progress of some dossiers (the queue rows on screen): scenarios accepted of those to judge',
    description: 'Apart from the queue so that the queue stays one index walk; ids you cannot see are left out.',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  progress(@CurrentPrincipal() principal: Principal, @Query() query: ProgressQueryDto): Promise<DossierProgressDto[]> {
    return this.queue.progress(principal, query.ids.split(','));
  }

  @ReadRoute('vendors', REVIEWERS, [ReviewVendorDto], {
    operationId: 'listReviewVendors',
    summary:
      'The vendors with dossiers under review (submitted at least once), by name (the vendor filter of the queue)',
  })
  vendors(@CurrentPrincipal() principal: Principal): Promise<ReviewVendorDto[]> {
    return this.queue.vendors(principal);
  }

  @ReadRoute('stats', REVIEWERS, ReviewStatsDto, {
    operationId: 'getReviewStats',
    summary: 'Review figures: dossiers by status, median time in review and in the queue, progress by family',
  })
  stats(@CurrentPrincipal() principal: Principal): Promise<ReviewStatsDto> {
    return this.figures.stats(principal);
  }
}
