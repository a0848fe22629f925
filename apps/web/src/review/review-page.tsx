import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ActionButton } from '../components/action-button';
import { Fact } from '../components/fact';
import { ErrorBanner, Loading, Notice, ProgressBar } from '../components/feedback';
import { DossierStatusChip } from '../components/status';
import { loadDossier } from '../dossier/dossier-preload';
import { loadReferential } from '../dossier/referential-cache';
import { ScenarioTree } from '../dossier/scenario-tree';
import { useAction, useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';
import { Link, useLocation, withQuery } from '../router';
import { DossierHostingPanel } from '../hosting/dossier-hosting';
import { AdministrativeReview } from '../segur/administrative-review';
import { ReviewDeadlines } from '../segur/extension-form';
import { PhaseTracker } from '../segur/phase-tracker';
import { currentRole, currentUserId, loadDiff, loadQueueItem, usePeople } from './api';
import { AuditTimeline } from './audit-timeline';
import { DecisionDialog } from './decision-dialog';
import { RoundDiffView } from './round-diff';
import { ScenarioPanel } from './scenario-panel';
import type { Dossier } from './types';

type View = 'scenario' | 'diff' | 'audit' | 'hosting';
const VIEWS: View[] = ['scenario', 'diff', 'audit', 'hosting'];

/** Verdicts and decisions are open while the round is submitted or in review. */
export const underReview = (dossier: Pick<Dossier, 'status'>): boolean =>
  dossier.status === 'submitted' || dossier.status === 'in_review';

/** The round a reviewer looks at: the current one, or the one just decided when the vendor has the dossier. */
export function reviewedRound(dossier: Pick<Dossier, 'status' | 'round'>): number {
  return dossier.status === 'changes_requested' ? Math.max(1, dossier.round - 1) : dossier.round;
}

export function ReviewPage({ id }: { id: string }) {
  const location = useLocation();
  const me = currentUserId();
  const people = usePeople();
  const dossier = useApi(() => loadDossier(id), [id]);
  const data = dossier.data;
  const referential = useApi(
    async () => (data ? loadReferential(data.referentialId) : undefined),
    [data?.referentialId],
  );
  // Vendor, product, référentiel and assignee, as the queue shows them; again after every change.
  const summary = useApi(() => loadQueueItem(id), [id, data?.version]);
  const round = data ? reviewedRound(data) : 0;
  // A Ségur dossier has no proof round to compare before its proofs are first submitted.
  const hasRound = data !== undefined && data.status !== 'draft';
  const diff = useApi(
    async () => (hasRound ? loadDiff(id, round) : undefined),
    [id, round, hasRound, data?.firstSubmittedAt],
  );
  const [notice, setNotice] = useState<string>();
  const [deciding, setDeciding] = useState(false);

  const start = useAction(async () => {
    unwrap(await api.POST('/api/v1/dossiers/{id}/review/start', { params: { path: { id } } }));
    dossier.reload();
  });
  const assign = useAction(async () => {
    unwrap(await api.POST('/api/v1/dossiers/{id}/assign', { params: { path: { id } }, body: {} }));
    dossier.reload();
    summary.reload();
  });

  if (dossier.error && !data) return <ErrorBanner error={dossier.error} onRetry={() => dossier.reload()} />;
  if (!data) return <Loading />;
  // Ségur phase 1: the administrative dossier is what there is to review.
  if (data.programme === 'SEGUR' && data.phase === 'administrative')
    return (
      <AdministrativeReview
        dossier={data}
        notice={notice}
        onDecided={() => {
          // Shown by whichever view the reloaded dossier calls for (phase 2 once accepted).
          setNotice(t.segur.review.decided);
          dossier.reload();
        }}
        onExtended={(message) => {
          setNotice(message);
          dossier.reload();
        }}
      />
    );

  const viewParam = location.query.get('view') as View | null;
  const view: View = viewParam && VIEWS.includes(viewParam) ? viewParam : 'scenario';
  const selected = location.query.get('scenario') ?? undefined;
  const scenario = data.scenarios.find((entry) => entry.code === selected);
  const changed = new Set(diff.data && diff.data.previousRound ? diff.data.changedScenarios : []);
  const names = people.data;
  const item = summary.data;
  const assignedTo = item?.assignedTo ?? null;
  const assignee = assignedTo
    ? assignedTo === me
      ? t.review.queue.me
      : (names?.get(assignedTo) ?? '—')
    : t.review.queue.nobody;
  const canAssign = item !== undefined && (!assignedTo || (currentRole() === 'review_lead' && assignedTo !== me));
  const productLabel = item ? `${item.product.name} ${item.product.version}` : '…';
  const text = t.review.dossier;

  return (
    <>
      {data.programme === 'SEGUR' && <PhaseTracker phase={data.phase} />}
      <header className="review-header card">
        <div className="review-title">
          <p className="muted small">{t.review.reviewTitle}</p>
          <h1>{productLabel}</h1>
          <dl className="facts">
            <Fact term={text.vendor}>{item?.vendor.name ?? '…'}</Fact>
            <Fact term={text.referential}>{item ? `${item.referential.code} ${item.referential.version}` : '…'}</Fact>
            <Fact term={text.round}>{data.round}</Fact>
            <Fact term={text.status}>
              <DossierStatusChip status={data.status} />
            </Fact>
            <Fact term={text.assignee}>{assignee}</Fact>
            {item && <Fact term={text.submittedAt}>{formatDateTime(item.lastSubmittedAt)}</Fact>}
            {item?.progress && (
              <Fact term={text.progress} className="facts-wide">
                <ProgressBar
                  value={item.progress.accepted}
                  max={item.progress.applicable}
                  label={t.review.queue.progressLabel(item.progress.accepted, item.progress.applicable)}
                />
              </Fact>
            )}
          </dl>
        </div>
        <div className="page-actions">
          {canAssign && (
            <ActionButton action={assign} className="button-secondary">
              {text.assignToMe}
            </ActionButton>
          )}
          {data.status === 'submitted' && (
            <ActionButton action={start} className="button-primary">
              {text.startReview}
            </ActionButton>
          )}
          {underReview(data) && (
            <button type="button" className="button-primary" onClick={() => setDeciding(true)}>
              {text.decide}
            </button>
          )}
        </div>
      </header>
      <ErrorBanner error={start.error ?? assign.error ?? dossier.error} />
      {notice && <Notice tone="success">{notice}</Notice>}
      {data.programme === 'SEGUR' && (
        <ReviewDeadlines
          dossier={data}
          onGranted={(message) => {
            setNotice(message);
            dossier.reload();
          }}
        />
      )}

      <div className="split review-split">
        <aside className="review-tree">
          {changed.size > 0 && (
            <section className="changed-list card" aria-labelledby="changed-title">
              <h2 id="changed-title">{t.review.diff.changedScenarios}</h2>
              <ul>
                {[...changed].map((code) => (
                  <li key={code}>
                    <Link to={withQuery(location, { scenario: code, view: undefined })}>
                      {code} <span className="chip chip-changed">{text.changedBadge}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {referential.data ? (
            <ScenarioTree
              referential={referential.data}
              scenarios={data.scenarios}
              selected={selected}
              hrefFor={(code) => withQuery(location, { scenario: code, view: undefined })}
            />
          ) : (
            <Loading />
          )}
        </aside>
        <section className="review-main">
          {/* Views of the dossier are links (each a URL that can be shared), the current one marked. */}
          <nav className="tabs" aria-label={text.tabsLabel}>
            {VIEWS.map((entry) => (
              <Link
                key={entry}
                aria-current={view === entry ? 'page' : undefined}
                className="tab"
                to={withQuery(location, { view: entry === 'scenario' ? undefined : entry })}
              >
                {text.tabs[entry]}
              </Link>
            ))}
          </nav>
          <div className="tab-panel">
            {view === 'scenario' &&
              (scenario ? (
                <ScenarioPanel
                  key={scenario.code}
                  dossier={data}
                  scenario={scenario}
                  changed={changed.has(scenario.code)}
                  currentUserId={me ?? ''}
                  onChanged={() => dossier.reload()}
                />
              ) : (
                <p className="muted empty">{text.chooseScenario}</p>
              ))}
            {view === 'diff' && (
              <RoundDiffView diff={diff.data} error={diff.error} loading={diff.loading} location={location} />
            )}
            {view === 'audit' && <AuditTimeline dossierId={id} people={names} />}
            {view === 'hosting' && <DossierHostingPanel dossierId={id} version={data.version} />}
          </div>
        </section>
      </div>
      <DecisionDialog
        open={deciding}
        dossier={data}
        onClose={() => setDeciding(false)}
        onDecided={(message) => {
          setDeciding(false);
          setNotice(message);
          dossier.reload();
          summary.reload();
        }}
      />
    </>
  );
}
