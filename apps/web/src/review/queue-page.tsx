import { useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ActionButton } from '../components/action-button';
import { ErrorBanner, Loading, PageHeader, ProgressBar } from '../components/feedback';
import { DossierStatusChip } from '../components/status';
import { useAction, useApi } from '../hooks/use-api';
import { formatDateTime, formatDuration, t } from '../i18n';
import { Link, navigate, useLocation, withQuery } from '../router';
import { assignToMe, currentRole, currentUserId, loadProgress, loadQueue, usePeople } from './api';
import { filtersOf, QueueFilterBar } from './queue-filters';
import type { DossierProgress, QueueItem, QueuePage } from './types';

type SortKey = 'waiting' | 'vendor' | 'product' | 'referential' | 'round' | 'status' | 'assignee' | 'progress';
const SORT_KEYS: SortKey[] = ['waiting', 'vendor', 'product', 'referential', 'round', 'status', 'assignee', 'progress'];

function progressRatio(progress: DossierProgress | undefined): number {
  return progress && progress.applicable > 0 ? progress.accepted / progress.applicable : -1;
}

interface Lookups {
  names: Map<string, string>;
  progress: Map<string, DossierProgress>;
}

function sortValue(item: QueueItem, key: SortKey, { names, progress }: Lookups): string | number {
  switch (key) {
    case 'waiting':
      return item.waitingSeconds;
    case 'vendor':
      return item.vendor.name;
    case 'product':
      return `${item.product.name} ${item.product.version}`;
    case 'referential':
      return `${item.referential.code} ${item.referential.version}`;
    case 'round':
      return item.round;
    case 'status':
      return t.common.dossierStatus[item.status] ?? item.status;
    case 'assignee':
      return item.assignedTo ? (names.get(item.assignedTo) ?? item.assignedTo) : '';
    case 'progress':
      return progressRatio(progress.get(item.id));
  }
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

export function QueuePage() {
  const location = useLocation();
  const filters = filtersOf(location);
  const filterKey = JSON.stringify(filters);
  const me = currentUserId();
  const isLead = currentRole() === 'review_lead';
  const people = usePeople();
  const names = people.data ?? new Map<string, string>();
  const referentials = useApi(async () => unwrap(await api.GET('/api/v1/referentials')), []);
  const first = useApi(() => loadQueue(filters), [filterKey]);
  const [more, setMore] = useState<{ key: string; pages: QueuePage[] }>({ key: '', pages: [] });
  const pages = useMemo(
    () => (first.data ? [first.data, ...(more.key === filterKey ? more.pages : [])] : []),
    [first.data, more, filterKey],
  );
  const items = pages.flatMap((page) => page.items);
  const ids = items.map((item) => item.id).join(',');
  const progressOf = useApi(() => loadProgress(ids ? ids.split(',') : []), [ids]);
  const progress = progressOf.data ?? new Map<string, DossierProgress>();
  const nextCursor = pages.at(-1)?.nextCursor ?? null;

  // Every vendor with dossiers under review, not only those on the pages loaded so far.
  const vendorList = useApi(async () => unwrap(await api.GET('/api/v1/review/vendors')), []);
  const vendors = useMemo(
    () =>
      (vendorList.data ?? []).map(({ id, name }) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name)),
    [vendorList.data],
  );

  const loadMore = useAction(async () => {
    const page = await loadQueue(filters, nextCursor ?? undefined);
    setMore((current) => ({ key: filterKey, pages: [...(current.key === filterKey ? current.pages : []), page] }));
  });
  const assign = useAction(async (id: string) => {
    await assignToMe(id);
    setMore({ key: '', pages: [] });
    first.reload();
    progressOf.reload();
  });
  useEffect(() => assign.clearError(), [filterKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const sortParam = location.query.get('sort');
  const sortKey: SortKey = SORT_KEYS.includes(sortParam as SortKey) ? (sortParam as SortKey) : 'waiting';
  const direction = location.query.get('dir') === 'asc' ? 'asc' : 'desc';
  const sorted = [...items].sort((a, b) => {
    const left = sortValue(a, sortKey, { names, progress });
    const right = sortValue(b, sortKey, { names, progress });
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : collator.compare(String(left), String(right));
    return direction === 'asc' ? order : -order;
  });

  const text = t.review.queue;
  const header = (key: SortKey) => {
    const active = key === sortKey;
    const next = active && direction === 'desc' ? 'asc' : 'desc';
    return (
      <th scope="col" aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          title={text.sortBy(text.columns[key])}
          onClick={() => navigate(withQuery(location, { sort: key, dir: next }), { replace: true })}
        >
          {text.columns[key]}
          <span aria-hidden="true" className="sort-mark">
            {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  const referentialOptions = (referentials.data ?? []).map((entry) => ({
    id: entry.id,
    label: `${entry.code} ${entry.version}`,
  }));
  const dispositifs = [
    ...new Set(
      (referentials.data ?? []).map((entry) => entry.dispositif).filter((value): value is string => Boolean(value)),
    ),
  ].sort();

  return (
    <>
      <PageHeader title={t.review.queueTitle} />
      <QueueFilterBar
        location={location}
        referentials={referentialOptions}
        vendors={vendors}
        dispositifs={dispositifs}
      />
      <ErrorBanner error={first.error} onRetry={() => first.reload()} />
      <ErrorBanner error={assign.error ?? loadMore.error} />
      {first.loading && !first.data ? (
        <Loading />
      ) : (
        <div className="table-scroll">
          <table className="queue-table">
            <caption className="queue-caption">
              {text.caption(items.length, nextCursor !== null)} <span className="muted small">{text.sortHint}</span>
            </caption>
            <thead>
              <tr>
                {header('waiting')}
                {header('vendor')}
                {header('product')}
                {header('referential')}
                {header('round')}
                {header('status')}
                {header('assignee')}
                {header('progress')}
                <th scope="col">{text.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.length === 0 && (
                <tr>
                  <td colSpan={9} className="empty-cell">
                    {text.empty}
                  </td>
                </tr>
              )}
              {sorted.map((item) => {
                const label = `${item.product.name} ${item.product.version}`;
                const done = progress.get(item.id);
                return (
                  <tr key={item.id} data-testid="queue-row">
                    <td>
                      <strong>{formatDuration(item.waitingSeconds * 1000)}</strong>
                      <div className="muted small">{text.since(formatDateTime(item.lastSubmittedAt))}</div>
                    </td>
                    <td>{item.vendor.name}</td>
                    <td>
                      <Link to={`/review/dossiers/${item.id}`}>{label}</Link>
                    </td>
                    <td>
                      {item.referential.code} {item.referential.version}
                      {item.programme === 'SEGUR' && (
                        <div className="muted small" data-testid="queue-phase">
                          {t.segur.phase[item.phase]}
                        </div>
                      )}
                    </td>
                    <td>{item.round}</td>
                    <td>
                      <DossierStatusChip status={item.status} />
                    </td>
                    <td>
                      {item.assignedTo
                        ? item.assignedTo === me
                          ? text.me
                          : (names.get(item.assignedTo) ?? '—')
                        : text.nobody}
                    </td>
                    <td className="progress-cell">
                      {done ? (
                        <ProgressBar
                          value={done.accepted}
                          max={done.applicable}
                          label={text.progressLabel(done.accepted, done.applicable)}
                        />
                      ) : (
                        <span className="muted small">{progressOf.loading ? '…' : text.progressUnknown}</span>
                      )}
                    </td>
                    <td className="row-actions">
                      {(!item.assignedTo || (isLead && item.assignedTo !== me)) && (
                        <button
                          type="button"
                          className="button-secondary button-small"
                          disabled={assign.pending}
                          aria-label={text.assignToMeLabel(label)}
                          onClick={() => void assign.run(item.id)}
                        >
                          {text.assignToMe}
                        </button>
                      )}
                      <Link
                        className="button button-primary button-small"
                        to={`/review/dossiers/${item.id}`}
                        aria-label={text.openLabel(label)}
                      >
                        {text.open}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor && (
        <p className="more">
          <ActionButton action={loadMore} className="button-secondary">
            {text.more}
          </ActionButton>
        </p>
      )}
    </>
  );
}
