import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config.js';
import { DossiersModule } from '../dossiers/dossiers.module.js';
import { ReviewReadsService } from './review-reads.service.js';
import { ReviewSettings } from './review-settings.js';
import { ReviewController } from './review.controller.js';
import { ReviewService } from './review.service.js';

/** The authority's review: queue, verdicts, comments, change requests and decisions. */
@Module({})
export class ReviewModule {
  static forConfig(config: Pick<AppConfig, 'reviewFourEyes'>): DynamicModule {
    return {
      module: ReviewModule,
      imports: [DossiersModule],
      controllers: [ReviewController],
      providers: [
        ReviewService,
        ReviewReadsService,
        { provide: ReviewSettings, useValue: new ReviewSettings(config.reviewFourEyes) },
      ],
    };
  }
}
