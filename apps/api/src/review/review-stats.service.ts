import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReviewQueueRepository } from '@preuve/persistence';
import { tenantOf, type Principal } from '../common/access/principal.js';
import type { ReviewStatsDto } from './dto/review.dto.js';
import { authorityOnly } from './review-queue.service.js';

/** The reviewers' dashboard figures, computed in SQL over the dossiers the authority sees. Reads only. */
@Injectable()
export class ReviewStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: ReviewQueueRepository,
  ) {}

  async stats(principal: Principal): Promise<ReviewStatsDto> {
    authorityOnly(principal, 'The review statistics');
    const rows = await this.queue.stats(this.dataSource.manager, tenantOf(principal));
    return {
      byStatus: rows.byStatus,
      timeInReview: { medianSeconds: rows.decided.median_seconds, count: rows.decided.rounds },
      waiting: { medianSeconds: rows.waiting.median_seconds, count: rows.waiting.dossiers },
      byFamily: rows.byFamily,
      computedAt: new Date(),
    };
  }
}
