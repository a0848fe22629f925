import { api, unwrap } from '../api/client';
import { ErrorBanner, Loading, PageHeader } from '../components/feedback';
import { loadReferential } from '../dossier/referential-cache';
import { useApi } from '../hooks/use-api';
import { formatDateTime, formatDuration, formatNumber, formatPercent, t } from '../i18n';
import { loadStats } from './api';
import { ColumnChart, FamilyChart, type FamilyRow } from './charts';
import type { Median } from './types';

const STATUSES = ['submitted', 'in_review', 'changes_requested', 'approved', 'rejected'] as const;

function MedianCard({ title, help, median }: { title: string; help?: string; median: Median }) {
  return (
    <section className="card stat-card" aria-label={title}>
      <h2>{title}</h2>
      <p className="stat-value">
        {median.medianSeconds === null ? t.review.stats.medianNone : formatDuration(median.medianSeconds * 1000)}
      </p>
      <p className="muted small">
        {help ? `${help} ` : ''}({formatNumber(median.count)})
      </p>
    </section>
  );
}

/** Family titles from the published référentiels (the statistics name families by code). */
async function familyTitles(): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const list = unwrap(await api.GET('/api/v1/referentials'));
  const trees = await Promise.all(list.map((entry) => loadReferential(entry.id)));
  for (const tree of trees) for (const family of tree.families) titles.set(family.code, family.title);
  return titles;
}

export function DashboardPage() {
  const stats = useApi(loadStats, []);
  const titles = useApi(familyTitles, []);
  const text = t.review.stats;
  if (stats.error) return <ErrorBanner error={stats.error} onRetry={() => stats.reload()} />;
  if (!stats.data) return <Loading />;
  const data = stats.data;
  const counts = new Map(data.byStatus.map((entry) => [entry.status, entry.count]));
  const bars = STATUSES.map((status) => ({
    key: status,
    label: t.common.dossierStatus[status],
    value: counts.get(status) ?? 0,
    tone: `chart-bar-${status}`,
  }));
  const families: FamilyRow[] = data.byFamily.map((row) => ({
    ...row,
    title: titles.data?.get(row.family) ?? row.family,
  }));
  return (
    <>
      <PageHeader title={t.review.dashboardTitle}>
        <span className="muted small">{formatDateTime(data.computedAt)}</span>
      </PageHeader>
      <div className="dashboard-grid">
        <section className="card chart-card" aria-labelledby="chart-status">
          <h2 id="chart-status">{text.byStatus}</h2>
          <ColumnChart
            bars={bars}
            unit={text.count}
            summary={text.byStatusSummary(bars.map((bar) => `${bar.label} ${bar.value}`).join(', '))}
          />
        </section>
        <div className="stat-column">
          <MedianCard title={text.medianTitle} help={text.medianHelp} median={data.timeInReview} />
          <MedianCard title={text.waitingTitle} median={data.waiting} />
        </div>
        <section className="card chart-card chart-wide" aria-labelledby="chart-family">
          <h2 id="chart-family">{text.byFamily}</h2>
          {families.length === 0 ? (
            <p className="muted">{text.none}</p>
          ) : (
            <FamilyChart
              rows={families}
              summary={text.byFamilySummary(
                families
                  .map(
                    (row) =>
                      `${row.title} ${formatPercent(row.total ? row.accepted / row.total : 0)} ${text.legendAccepted}, ` +
                      `${formatPercent(row.total ? row.judged / row.total : 0)} ${text.legendJudged}`,
                  )
                  .join(' ; '),
              )}
            />
          )}
        </section>
      </div>
    </>
  );
}
