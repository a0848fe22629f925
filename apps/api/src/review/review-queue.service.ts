import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentRowScope, ReviewQueueRepository, type QueueRow } from '@preuve/persistence';
import { tenantOf, type Principal, actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { keysetCursor } from '../common/http/cursor.js';
import { ListStamps, StampedPages } from '../common/list-pages.js';
import { EncodedBody } from '../common/http/encoded-body.js';
import type {
  DossierProgressDto,
  QueueItemDto,
  QueuePageDto,
  QueueQueryDto,
  ReviewSummaryDto,
  ReviewVendorDto,
} from './dto/review.dto.js';
import { dossierNotFound } from '../common/dossier/visible-dossier.js';

/** The queue is ordered by waiting time: its cursor is the last row's (lastSubmittedAt, id). */
const queueCursor = keysetCursor('lastSubmittedAt');

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

/** 403 for a vendor: what is around the queue is the authority's. */
export function authorityOnly(principal: Principal, what: string): void {
  // The guard checks a token's scope, not its organisation: a vendor token with dossiers:read
  // passes it, and would read its own dossiers as the authority's queue (assignees included).
  if (principal.organizationKind !== 'authority') {
    throw new AppError(ErrorCode.Forbidden, `${what} is for the authority, not for vendors.`);
  }
}

/** The authority's queue and what is around it (one row, progress, vendors). Reads only. */
@Injectable()
export class ReviewQueueService {
  /**
   * Queue pages, kept while the list stamp stays and within the second their waiting times were
   * counted in (shared while being read).
   */
  private readonly pages: StampedPages<{ body: EncodedBody; second: number }>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: ReviewQueueRepository,
    private readonly stamps: ListStamps,
  ) {
    this.pages = stamps.pages();
  }

  async page(principal: Principal, query: QueueQueryDto): Promise<EncodedBody> {
    authorityOnly(principal, 'The review queue');
    const me = actingUser(principal);
    const after = queueCursor.decode(query.cursor);
    // Dossiers are assigned to people, never to API tokens: « mine » is nothing for a token (and
    // not, as a null `me` would make it, the unassigned ones).
    if (query.assignee === 'me' && me === null) return EncodedBody.hashed({ items: [], nextCursor: null });
    const assignee =
      query.assignee === undefined
        ? undefined
        : query.assignee === 'none'
          ? null
          : query.assignee === 'me'
            ? me
            : query.assignee;
    const scope = tenantOf(principal);
    const filter = {
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
    };
    const limit = query.limit ?? 20;
    // The stamp first: the page then read (or kept) shows at least every change it covers.
    const stamp = await this.stamps.of(scope);
    // The page depends on the scope, the parameters (« mine » resolved) and the time (waiting times).
    const key = JSON.stringify([scope, currentRowScope(), filter, after, limit]);
    const read = async () => {
      const result = await this.queue.page(this.dataSource.manager, scope, filter, after, limit);
      const now = Date.now();
      const body: QueuePageDto = {
        items: result.rows.map((row) => queueItem(row, now)),
        nextCursor: queueCursor.encode(result.next),
      };
      return { body: EncodedBody.hashed(body, 1), second: Math.floor(now / 1000) };
    };
    const page = await this.pages.read(key, stamp, read, (kept) => kept.second === Math.floor(Date.now() / 1000));
    return page.body;
  }

  /** One dossier as the queue shows it (vendor, product, référentiel, assignee), with its progress. */
  async item(principal: Principal, id: string): Promise<ReviewSummaryDto> {
    authorityOnly(principal, 'The review summary of a dossier');
    const result = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.queue.page(this.dataSource.manager, tenantOf(principal), { dossierId: id }, null, 1)
      : { rows: [] };
    const row = result.rows[0];
    if (!row) throw dossierNotFound(id);
    const [progress] = await this.progress(principal, [row.id]);
    return {
      ...queueItem(row, Date.now()),
      progress: progress ? { applicable: progress.applicable, accepted: progress.accepted } : null,
    };
  }

  /** Progress of the dossiers on a reviewer's screen (apart from the queue, which stays one index walk). */
  async progress(principal: Principal, ids: string[]): Promise<DossierProgressDto[]> {
    authorityOnly(principal, 'Review progress');
    const rows = await this.queue.progress(this.dataSource.manager, tenantOf(principal), [...new Set(ids)]);
    return rows.map((row) => ({ dossierId: row.id, applicable: row.judged_total, accepted: row.accepted_total }));
  }

  /** The vendors whose dossiers reviewers see (submitted at least once): for the queue's vendor filter. */
  async vendors(principal: Principal): Promise<ReviewVendorDto[]> {
    authorityOnly(principal, 'The list of vendors under review');
    const rows = await this.queue.vendors(this.dataSource.manager, tenantOf(principal));
    return rows.map((row) => ({ id: row.id, name: row.name, submittedDossiers: row.dossiers }));
  }
}
