import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { codeLookupKey } from '@preuve/domain';
import { DossierRepository, VerdictRepository } from '@preuve/persistence';
import { actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { resolveCode } from '../referentials/referentials.service.js';
import type { VerdictDto, VerdictRequestDto } from './dto/review.dto.js';
import { invalidScenarioCode, ReviewDossiers, scenarioNotFound } from './review-dossiers.js';
import { ReviewStateService } from './review-state.service.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** Verdicts on scenarios and declarations: each a new row of the round (the first one starts the review). */
@Injectable()
export class ReviewVerdictsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviewDossiers: ReviewDossiers,
    private readonly state: ReviewStateService,
    private readonly verdicts: VerdictRepository,
    private readonly dossiers: DossierRepository,
  ) {}

  async verdict(actor: Actor, id: string, rawCode: string, input: VerdictRequestDto): Promise<VerdictDto> {
    const { principal } = actor;
    if (codeLookupKey(rawCode) === null) throw invalidScenarioCode(rawCode);
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.reviewDossiers.find(manager, principal, id, { lock: true });
      if (dossier.status === 'submitted') await this.state.startIn(manager, dossier, principal, actor);
      if (dossier.status !== 'in_review') {
        throw new AppError(
          ErrorCode.TransitionRefused,
          `The dossier is ${dossier.status}: verdicts are given while it is in review.`,
          {
            status: dossier.status,
          },
        );
      }
      const { referential, rows } = await this.reviewDossiers.judged(manager, dossier);
      const code = resolveCode(referential, rawCode);
      if (code === null) throw invalidScenarioCode(rawCode);
      const row = rows.find((entry) => entry.code === code);
      if (!row) throw scenarioNotFound(code);
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
        reviewerId: actingUser(principal),
        reviewerToken: actingToken(principal),
      });
      await this.dossiers.touch(manager, dossier.id);
      await this.state.announce(manager, actor, dossier, {
        type: 'scenario.verdict_given',
        audited: {
          scenario: code,
          verdict: saved.verdict,
          subject: saved.subject,
          round: dossier.round,
          comment: saved.comment,
        },
        published: { scenario: code, verdict: saved.verdict, round: dossier.round },
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
}
