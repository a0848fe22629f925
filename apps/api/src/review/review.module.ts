import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config.js';
import { DossiersModule } from '../dossiers/dossiers.module.js';
import { ReviewAssignmentService } from './review-assignment.service.js';
import { ReviewCommentsService } from './review-comments.service.js';
import { ReviewDecisionsService } from './review-decisions.service.js';
import { ReviewDossiers } from './review-dossiers.js';
import { ReviewQueueController } from './review-queue.controller.js';
import { ReviewQueueService } from './review-queue.service.js';
import { ReviewSettings } from './review-settings.js';
import { ReviewStatsService } from './review-stats.service.js';
import { ReviewStateService } from './review-state.service.js';
import { ReviewVerdictsService } from './review-verdicts.service.js';
import { ReviewController } from './review.controller.js';
import { RoundDiffService } from './round-diff.service.js';

/**
 * The authority's review: the queue, its figures, assignment, state changes (start, decisions),
 * verdicts, the round diff and the comment threads; one service each.
 */
@Module({})
export class ReviewModule {
  static forConfig(config: Pick<AppConfig, 'reviewFourEyes'>): DynamicModule {
    return {
      module: ReviewModule,
      imports: [DossiersModule],
      // In this order, the OpenAPI document lists the routes as before the split.
      controllers: [ReviewQueueController, ReviewController],
      providers: [
        ReviewDossiers,
        ReviewQueueService,
        ReviewStatsService,
        ReviewAssignmentService,
        ReviewStateService,
        ReviewVerdictsService,
        ReviewDecisionsService,
        RoundDiffService,
        ReviewCommentsService,
        { provide: ReviewSettings, useValue: new ReviewSettings(config.reviewFourEyes) },
      ],
    };
  }
}
