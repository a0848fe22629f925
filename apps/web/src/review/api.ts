import { api, unwrap } from '../api/client';
import { session } from '../auth/session-store';
import { useApi } from '../hooks/use-api';
import type { DossierProgress, QueuePage, ReviewStats, ReviewSummary, RoundDiff } from './types';
import type { QueueFilters } from './queue-filters';
import { apiQuery } from './queue-filters';

export function currentUserId(): string | undefined {
  const state = session.current();
  return state.kind === 'signed-in' ? state.user.id : undefined;
}

export function currentRole(): string | undefined {
  const state = session.current();
  return state.kind === 'signed-in' ? state.user.role : undefined;
}

export async function loadQueue(filters: QueueFilters, cursor?: string): Promise<QueuePage> {
  const page = unwrap(
    await api.GET('/api/v1/review/queue', {
      params: { query: { ...apiQuery(filters), limit: 25, ...(cursor ? { cursor } : {}) } },
    }),
  );
  return page;
}

/** Progress of the rows on screen, asked apart so that the queue itself stays one index walk. */
export async function loadProgress(ids: string[]): Promise<Map<string, DossierProgress>> {
  const progress = new Map<string, DossierProgress>();
  for (let start = 0; start < ids.length; start += 100) {
    const slice = ids.slice(start, start + 100);
    const rows = unwrap(await api.GET('/api/v1/review/progress', { params: { query: { ids: slice.join(',') } } }));
    for (const row of rows) progress.set(row.dossierId, row);
  }
  return progress;
}

export async function assignToMe(dossierId: string): Promise<void> {
  unwrap(await api.POST('/api/v1/dossiers/{id}/assign', { params: { path: { id: dossierId } }, body: {} }));
}

/** The people of my organisation (reviewers), by id: to name assignees and audit actors. */
export function usePeople() {
  const state = session.current();
  const organizationId = state.kind === 'signed-in' ? state.user.organizationId : undefined;
  return useApi(async () => {
    const names = new Map<string, string>();
    if (!organizationId) return names;
    const result = await api.GET('/api/v1/organizations/{orgId}/users', {
      params: { path: { orgId: organizationId } },
    });
    // Platform admins belong to no authority: they simply see ids.
    if (!result.response.ok) return names;
    for (const user of result.data ?? []) names.set(user.id, user.displayName || user.email);
    return names;
  }, [organizationId]);
}

export async function loadDiff(dossierId: string, round: number): Promise<RoundDiff> {
  const diff = unwrap(
    await api.GET('/api/v1/dossiers/{id}/rounds/{round}/diff', {
      params: { path: { id: dossierId, round: String(round) } },
    }),
  );
  return diff;
}

/** The dossier as the queue shows it: vendor, product, référentiel, assignee, progress. */
export async function loadQueueItem(dossierId: string): Promise<ReviewSummary> {
  return unwrap(await api.GET('/api/v1/review/dossiers/{id}', { params: { path: { id: dossierId } } }));
}

export async function loadStats(): Promise<ReviewStats> {
  return unwrap(await api.GET('/api/v1/review/stats'));
}
