import { type DataSource } from 'typeorm';
import type { TenantScope } from '@preuve/domain';
import { type ListStampRepository } from '@preuve/persistence';
import { Lru } from './lru.js';
import { SharedReads } from './shared-reads.js';

/**
 * The stamp of what a scope's lists show, which every committed change to them moves (triggers of
 * the list_stamp table, in the writing transaction). Callers asking at once share one read, begun
 * after each of them asked: a stamp read after a commit always differs from one read before it.
 */
export class ListStamps {
  private readonly reads = new SharedReads<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly stamps: ListStampRepository,
    /** LIST_PAGES_KEPT: how many pages each list keeps. */
    private readonly pagesKept: number,
  ) {}

  /** A list's kept pages (the dossier list's, the queue's), as many as LIST_PAGES_KEPT says. */
  pages<T>(): StampedPages<T> {
    return new StampedPages<T>(this.pagesKept);
  }

  of(scope: TenantScope): Promise<string> {
    const key = scope.kind === 'vendor' ? scope.organizationId : scope.kind;
    return this.reads.read(key, () => this.stamps.current(this.dataSource.manager, scope));
  }
}

/**
 * A list's pages kept between requests, each with the stamp it was read at. A page is served again
 * while the caller's stamp (read before it asks) is the same and `current` still holds for it (what
 * the page depends on besides the rows: time, errata); otherwise it is read again, shared by the
 * callers asking the same page at the same time. A page read after a stamp shows at least what that
 * stamp covers, so a page kept at the current stamp is never older than the last committed change.
 */
export class StampedPages<T> {
  private readonly reads = new SharedReads<T>();
  private readonly kept: Lru<string, { stamp: string; page: T }>;

  constructor(capacity: number) {
    this.kept = new Lru(capacity);
  }

  async read(
    key: string,
    stamp: string,
    load: () => Promise<T>,
    current: (page: T) => boolean | Promise<boolean> = () => true,
  ): Promise<T> {
    const kept = this.kept.get(key);
    if (kept && kept.stamp === stamp && (await current(kept.page))) return kept.page;
    const page = await this.reads.read(key, load);
    this.kept.set(key, { stamp, page });
    return page;
  }
}
