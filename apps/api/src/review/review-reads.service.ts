import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CommentRepository,
  DossierRepository,
  ReviewQueueRepository,
  SubmissionRepository,
  type DossierEntity,
  type ScenarioCommentEntity,
} from '@preuve/persistence';
import { AuditService } from '../audit/audit.service.js';
import { tenantOf, type Principal, type RequestContext, actingUser, actingToken } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ReferentialsService, resolveCode } from '../referentials/referentials.service.js';
import type {
  CommentDto,
  DossierProgressDto,
  QueueItemDto,
  QueuePageDto,
  QueueQueryDto,
  ReviewStatsDto,
  ReviewSummaryDto,
  ReviewVendorDto,
  RoundDiffDto,
} from './dto/review.dto.js';
import type { QueueRow } from '@preuve/persistence';

function queueItem(row: QueueRow, now: number): QueueItemDto {
  return {
    id: row.id,
    status: row.status,
    round: row.round,
    vendor: { id: row.organization_id, name: row.organization_name },
    product: { id: row.product_id, name: row.product_name, version: row.product_version },
    referential: { id: row.referential_id, code: row.referential_code, version: row.referential_version },
    programme: row.programme,
    phase: row.phase,
    dispositif: row.dispositif,
    assignedTo: row.assigned_to,
    lastSubmittedAt: row.last_submitted_at,
    firstSubmittedAt: row.first_submitted_at,
    waitingSeconds: Math.max(0, Math.floor((now - row.last_submitted_at.getTime()) / 1000)),
  };
}

interface ManifestShape {
  answers: Record<string, unknown>;
  scenarios: { code: string; applicable: boolean }[];
  evidence: { id: string; scenarioCode: string; proofCode: string; version: number; sha256: string }[];
  declarations: { id: string; scenarioCode: string; sha256: string }[];
}

function encode(position: { lastSubmittedAt: Date; id: string } | null): string | null {
  return position
    ? Buffer.from(JSON.stringify([position.lastSubmittedAt.toISOString(), position.id])).toString('base64url')
    : null;
}

function decode(cursor: string | undefined): { lastSubmittedAt: Date; id: string } | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const lastSubmittedAt = new Date(at);
    if (Number.isNaN(lastSubmittedAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad cursor');
    return { lastSubmittedAt, id };
  } catch {
    throw new AppError(
      ErrorCode.InvalidCursor,
      'This cursor is not one the API gave: start again from the first page.',
    );
  }
}

/** The queue, comment threads and round diffs. */
@Injectable()
export class ReviewReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: ReviewQueueRepository,
    private readonly dossiers: DossierRepository,
    private readonly submissions: SubmissionRepository,
    private readonly comments: CommentRepository,
    private readonly referentials: ReferentialsService,
    private readonly audit: AuditService,
  ) {}

  async page(principal: Principal, query: QueueQueryDto): Promise<QueuePageDto> {
    // The guard checks a token's scope, not its organisation: a vendor token with dossiers:read
    // passes it, and would read its own dossiers as the authority's queue (assignees included).
    if (principal.organizationKind !== 'authority') {
      throw new AppError(ErrorCode.Forbidden, 'The review queue is for the authority, not for vendors.');
    }
    const me = actingUser(principal);
    const after = decode(query.cursor);
    // Dossiers are assigned to people, never to API tokens: « mine » is nothing for a token (and
    // not, as a null `me` would make it, the unassigned ones).
    if (query.assignee === 'me' && me === null) return { items: [], nextCursor: null };
    const assignee =
      query.assignee === undefined
        ? undefined
        : query.assignee === 'none'
          ? null
          : query.assignee === 'me'
            ? me
            : query.assignee;
    const result = await this.queue.page(
      this.dataSource.manager,
      tenantOf(principal),
      {
        status: query.status,
        referentialId: query.referentialId,
        programme: query.programme,
        phase: query.phase,
        dispositif: query.dispositif,
        organizationId: query.vendorId,
        submittedFrom: query.submittedFrom,
        submittedTo: query.submittedTo,
        assignee,
        openChangeRequests: query.openChangeRequests,
      },
      after,
      query.limit ?? 20,
    );
    const now = Date.now();
    return {
      items: result.rows.map((row) => queueItem(row, now)),
      nextCursor: encode(result.next),
    };
  }

  private authorityOnly(principal: Principal, what: string): void {
    if (principal.organizationKind !== 'authority') {
      throw new AppError(ErrorCode.Forbidden, `${what} is for the authority, not for vendors.`);
    }
  }

  /** One dossier as the queue shows it (vendor, product, référentiel, assignee), with its progress. */
  async item(principal: Principal, id: string): Promise<ReviewSummaryDto> {
    this.authorityOnly(principal, 'The review summary of a dossier');
    const result = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.queue.page(this.dataSource.manager, tenantOf(principal), { dossierId: id }, null, 1)
      : { rows: [] };
    const row = result.rows[0];
    if (!row) throw new AppError(ErrorCode.DossierNotFound, `No dossier « ${id} » is visible to you.`);
    const [progress] = await this.progress(principal, [row.id]);
    return {
      ...queueItem(row, Date.now()),
      progress: progress ? { applicable: progress.applicable, accepted: progress.accepted } : null,
    };
  }

  /** Progress of the dossiers on a reviewer's screen (apart from the queue, which stays one index walk). */
  async progress(principal: Principal, ids: string[]): Promise<DossierProgressDto[]> {
    this.authorityOnly(principal, 'Review progress');
    const rows = await this.queue.progress(this.dataSource.manager, tenantOf(principal), [...new Set(ids)]);
    return rows.map((row) => ({ dossierId: row.id, applicable: row.judged_total, accepted: row.accepted_total }));
  }

  /** The vendors whose dossiers reviewers see (submitted at least once): for the queue's vendor filter. */
  async vendors(principal: Principal): Promise<ReviewVendorDto[]> {
    this.authorityOnly(principal, 'The list of vendors under review');
    const rows = await this.queue.vendors(this.dataSource.manager, tenantOf(principal));
    return rows.map((row) => ({ id: row.id, name: row.name, submittedDossiers: row.dossiers }));
  }

  async stats(principal: Principal): Promise<ReviewStatsDto> {
    this.authorityOnly(principal, 'The review statistics');
    const rows = await this.queue.stats(this.dataSource.manager, tenantOf(principal));
    return {
      byStatus: rows.byStatus,
      timeInReview: { medianSeconds: rows.decided.median_seconds, count: rows.decided.rounds },
      waiting: { medianSeconds: rows.waiting.median_seconds, count: rows.waiting.dossiers },
      byFamily: rows.byFamily,
      computedAt: new Date(),
    };
  }

  private async visible(principal: Principal, id: string): Promise<DossierEntity> {
    const dossier = await this.dossiers.findById(this.dataSource.manager, tenantOf(principal), id);
    if (!dossier) throw new AppError(ErrorCode.DossierNotFound, `No dossier « ${id} » is visible to you.`);
    return dossier;
  }

  private async scenarioCode(dossier: DossierEntity, raw: string): Promise<string> {
    const referential = await this.referentials.get(dossier.referentialId);
    const code = resolveCode(referential, raw);
    if (code === null)
      throw new AppError(ErrorCode.InvalidCode, `« ${raw} » is not a scenario code (e.g. « ANN 2.1 »).`);
    if (!referential.scenarios.has(code)) {
      throw new AppError(ErrorCode.ScenarioNotFound, `The référentiel of this dossier has no scenario « ${code} ».`);
    }
    return code;
  }

  /** Messages with their latest text; an edit is a new revision, shown as edited. */
  private thread(rows: ScenarioCommentEntity[]): CommentDto[] {
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

  async listComments(principal: Principal, id: string, rawCode: string): Promise<CommentDto[]> {
    const dossier = await this.visible(principal, id);
    const code = await this.scenarioCode(dossier, rawCode);
    return this.thread(await this.comments.listForScenario(this.dataSource.manager, dossier.id, code));
  }

  async comment(
    principal: Principal,
    id: string,
    rawCode: string,
    body: string,
    context: RequestContext,
    revise?: string,
  ): Promise<CommentDto> {
    const dossier = await this.visible(principal, id);
    const code = await this.scenarioCode(dossier, rawCode);
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
      await this.audit.record(manager, context, {
        action: revisionOf ? 'comment.edited' : 'comment.posted',
        organizationId: dossier.organizationId,
        targetType: 'dossier',
        targetId: dossier.id,
        data: { scenario: code, commentId: revisionOf ?? saved.id },
      });
      const thread = this.thread(await this.comments.listForScenario(manager, dossier.id, code));
      return thread.find((message) => message.id === (revisionOf ?? saved.id))!;
    });
  }

  /** What changed in round n since round n−1: answers, applicability, new evidence and declarations. */
  async diff(principal: Principal, id: string, round: number): Promise<RoundDiffDto> {
    const dossier = await this.visible(principal, id);
    const rounds = await this.submissions.listForDossier(this.dataSource.manager, dossier.id);
    const current = rounds.find((entry) => entry.round === round);
    if (!current)
      throw new AppError(
        ErrorCode.RoundNotFound,
        `Round ${round} of this dossier was not submitted (submitted: ${rounds.map((entry) => entry.round).join(', ') || 'none'}).`,
      );
    const previous = rounds.find((entry) => entry.round === round - 1);
    const now = current.manifest as unknown as ManifestShape;
    const before = previous ? (previous.manifest as unknown as ManifestShape) : null;
    const keys = [...new Set([...Object.keys(now.answers), ...Object.keys(before?.answers ?? {})])].sort();
    const answers = keys
      .filter((key) => JSON.stringify(now.answers[key]) !== JSON.stringify(before?.answers[key]))
      .map((key) => ({ key, before: before?.answers[key] ?? null, after: now.answers[key] ?? null }));
    const wasApplicable = new Map(before?.scenarios.map((scenario) => [scenario.code, scenario.applicable]));
    const applicability = now.scenarios
      // A first round has nothing before it: only what applies is news.
      .filter(
        (scenario) =>
          wasApplicable.get(scenario.code) !== scenario.applicable && (before !== null || scenario.applicable),
      )
      .map((scenario) => ({
        scenario: scenario.code,
        before: wasApplicable.get(scenario.code) ?? null,
        after: scenario.applicable,
      }));
    const oldEvidence = new Set(before?.evidence.map((evidence) => evidence.id));
    const newEvidence = now.evidence.filter((evidence) => !oldEvidence.has(evidence.id));
    const oldDeclarations = new Set(before?.declarations.map((declaration) => declaration.id));
    const newDeclarations = now.declarations.filter((declaration) => !oldDeclarations.has(declaration.id));
    const changedScenarios = [
      ...new Set([
        ...newEvidence.map((evidence) => evidence.scenarioCode),
        ...newDeclarations.map((declaration) => declaration.scenarioCode),
        ...applicability.map((entry) => entry.scenario),
      ]),
    ].sort();
    return {
      round,
      previousRound: previous?.round ?? null,
      answers,
      applicability,
      newEvidence,
      newDeclarations,
      changedScenarios,
    };
  }
}
