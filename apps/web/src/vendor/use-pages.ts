import { type DependencyList, useState } from 'react';
import { useAction, useApi } from '../hooks/use-api';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A keyset-paginated list: the first page loads with `deps`, « Afficher plus » appends the next. */
export function usePages<T>(load: (cursor: string | undefined) => Promise<Page<T>>, deps: DependencyList) {
  const first = useApi(() => load(undefined), deps);
  const [more, setMore] = useState<{ for: Page<T>; pages: Page<T>[] }>();
  const next = useAction(load);
  // Appended pages belong to the first page they followed; a reload starts over.
  const extra = more && more.for === first.data ? more.pages : [];
  const pages = first.data ? [first.data, ...extra] : [];
  const cursor = pages.at(-1)?.nextCursor ?? null;
  return {
    items: pages.flatMap((page) => page.items),
    loading: first.loading && !first.data,
    error: first.error ?? next.error,
    hasMore: cursor !== null,
    loadingMore: next.pending,
    reload: () => first.reload(),
    async loadMore(): Promise<void> {
      if (!cursor || !first.data) return;
      const base = first.data;
      const page = await next.run(cursor);
      if (page) setMore({ for: base, pages: [...extra, page] });
    },
  };
}
