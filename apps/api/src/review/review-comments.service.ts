import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommentRepository, type ScenarioCommentEntity } from '@preuve/persistence';
import { aboutDossier, AuditService } from '../audit/audit.service.js';
import { type Principal, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import type { CommentDto } from './dto/review.dto.js';
import { ReviewDossiers } from './review-dossiers.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** Messages with their latest text; an edit is a new revision, shown as edited. */
function thread(rows: ScenarioCommentEntity[]): CommentDto[] {
  const byMessage = new Map<string, ScenarioCommentEntity[]>();
  for (const row of rows) {
    const key = row.revisionOf ?? row.id;
    byMessage.set(key, [...(byMessage.get(key) ?? []), row]);
  }
  return [...byMessage.entries()].map(([id, revisions]) => {
    const first = revisions[0];
    const last = revisions.at(-1)!;
    return {
      id,
      scenarioCode: first.scenarioCode,
      round: first.round,
      authorSide: first.authorSide,
      authorId: first.authorId,
      body: last.body,
      createdAt: first.createdAt,
      updatedAt: last.createdAt,
      edited: revisions.length > 1,
      previousBodies: revisions.slice(0, -1).map((revision) => revision.body),
    };
  });
}

/**
 * A scenario's thread between reviewers and the vendor: reading it writes nothing; posting or
 * editing a message (a new revision, the old text kept) is audited.
 */
@Injectable()
export class ReviewCommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviewDossiers: ReviewDossiers,
    private readonly comments: CommentRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, id: string, rawCode: string): Promise<CommentDto[]> {
    const dossier = await this.reviewDossiers.find(this.dataSource.manager, principal, id);
    const code = await this.reviewDossiers.scenarioCode(dossier, rawCode);
    return thread(await this.comments.listForScenario(this.dataSource.manager, dossier.id, code));
  }

  /** Posts a message, or with `revise` a new revision of one of the principal's own messages. */
  async post(actor: Actor, id: string, rawCode: string, body: string, revise?: string): Promise<CommentDto> {
    const { principal } = actor;
    const dossier = await this.reviewDossiers.find(this.dataSource.manager, principal, id);
    const code = await this.reviewDossiers.scenarioCode(dossier, rawCode);
    return this.dataSource.transaction(async (manager) => {
      let revisionOf: string | null = null;
      if (revise !== undefined) {
        const original = /^[0-9a-f-]{36}$/i.test(revise)
          ? await this.comments.findInDossier(manager, dossier.id, revise)
          : null;
        const mine =
          original &&
          original.scenarioCode === code &&
          original.revisionOf === null &&
          (principal.kind === 'user'
            ? original.authorId === principal.userId
            : original.authorToken === principal.tokenId);
        if (!mine) throw new AppError(ErrorCode.CommentNotFound, `No message « ${revise} » of yours on ${code}.`);
        revisionOf = original.id;
      }
      const saved = await this.comments.insert(manager, {
        dossierId: dossier.id,
        organizationId: dossier.organizationId,
        scenarioCode: code,
        revisionOf,
        round: dossier.round,
        authorId: actingUser(principal),
        authorToken: actingToken(principal),
        authorSide: principal.organizationKind === 'vendor' ? 'vendor' : 'authority',
        body,
        createdAt: new Date(),
      });
      await this.audit.record(manager, actor, {
        action: revisionOf ? 'comment.edited' : 'comment.posted',
        ...aboutDossier(dossier),
        data: { scenario: code, commentId: revisionOf ?? saved.id },
      });
      const messages = thread(await this.comments.listForScenario(manager, dossier.id, code));
      return messages.find((message) => message.id === (revisionOf ?? saved.id))!;
    });
  }
}
