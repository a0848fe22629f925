import { useCallback, useEffect, useRef, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { session } from '../auth/session-store';
import { ErrorBanner, Loading, Notice, PageHeader, ProgressBar } from '../components/feedback';
import { DossierStatusChip } from '../components/status';
import { dossierEditable, scenarioOpen } from '../dossier/editability';
import { loadDossier } from '../dossier/dossier-preload';
import { loadReferential, type Referential } from '../dossier/referential-cache';
import { ScenarioTree } from '../dossier/scenario-tree';
import { useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';
import { DossierExports } from '../referentials/dossier-exports';
import { MoveButton } from '../referentials/move-dialog';
import { Link, useLocation, withQuery } from '../router';
import { isSegur, SegurHeader } from '../segur/segur-dossier';
import { ChangeRequestsBanner } from './change-requests';
import { Questionnaire } from './questionnaire';
import { ScenarioDetail } from './scenario-detail';
import { SubmitButton } from './submit-dialog';

type Dossier = Schemas['DossierDto'];

const sameCode = (code: string): string =>
  code
    .trim()
    .toLowerCase()
    .replace(/[\s.]+/g, '.');

function SubmissionNotice({ dossier }: { dossier: Dossier }) {
  const text = t.vendor.dossier;
  const submissions = useApi(
    () => api.GET('/api/v1/dossiers/{id}/submissions', { params: { path: { id: dossier.id } } }).then(unwrap),
    [dossier.id, dossier.status, dossier.round],
  );
  const last = submissions.data?.at(-1);
  const round = last?.round ?? dossier.round;
  const headline =
    dossier.status === 'approved'
      ? text.approvedNotice(round)
      : dossier.status === 'rejected'
        ? text.rejectedNotice(round)
        : text.submittedNotice(round);
  return (
    <Notice tone={dossier.status === 'approved' ? 'success' : 'info'}>
      <p>{headline}</p>
      {last && (
        <p className="small">
          {text.submittedAt(formatDateTime(last.submittedAt))} · {text.manifest} :{' '}
          <code className="hash" data-testid="manifest-hash">
            {last.manifestSha256}
          </code>
        </p>
      )}
    </Notice>
  );
}

function DossierWorkspace({
  dossier,
  referential,
  onChange,
  onReload,
}: {
  dossier: Dossier;
  referential: Referential;
  onChange: (dossier: Dossier) => void;
  onReload: () => void;
}) {
  const location = useLocation();
  const selectedCode = location.query.get('scenario') ?? undefined;
  // The other query parameters: selecting a scenario leaves them (and so `hrefFor`) unchanged.
  const others = new URLSearchParams(location.query);
  others.delete('scenario');
  const search = others.toString();
  const product = useApi(
    () => api.GET('/api/v1/products/{id}', { params: { path: { id: dossier.productId } } }).then(unwrap),
    [dossier.productId],
  );
  // Stable while the URL is: the tree is memoised and re-renders only when the dossier or selection change.
  const hrefFor = useCallback(
    (code: string) => withQuery({ path: location.path, query: new URLSearchParams(search) }, { scenario: code }),
    [location.path, search],
  );
  const closeHref = withQuery(location, { scenario: undefined });
  const isLocked = useCallback(
    // Only scenarios that ask for something can be locked; the others have nothing to change.
    (scenario: Schemas['DossierScenarioDto']) =>
      dossierEditable(dossier) &&
      (scenario.applicable || scenario.declarationRequired) &&
      !scenarioOpen(dossier, scenario),
    [dossier],
  );
  // Codes are accepted as the API accepts them: « IEU 7.1 », « IEU.7.1 », any letter case.
  const wanted = selectedCode ? sameCode(selectedCode) : undefined;
  const selected = wanted ? dossier.scenarios.find((scenario) => sameCode(scenario.code) === wanted) : undefined;

  // Moving to another scenario takes the focus to its title (keyboard and screen-reader users follow).
  const previous = useRef(selected?.code);
  useEffect(() => {
    if (selected && previous.current !== selected.code) document.getElementById('scenario-title')?.focus();
    previous.current = selected?.code;
  }, [selected]);

  const user = session.current();
  const userId = user.kind === 'signed-in' ? user.user.id : '';
  const productName = product.data ? `${product.data.name} ${product.data.version}` : '';
  const editable = dossierEditable(dossier);
  const text = t.vendor.dossier;
  // Scenarios that ask for something: applicable ones and waived ones that need a declaration.
  const expected = dossier.completeness.satisfied + dossier.completeness.missing;
  // Ségur phase 1: the administrative dossier comes first; the proofs open once it is accepted.
  const administrative = isSegur(dossier) && dossier.phase === 'administrative';
  // Set once the dossier moved to a newer référentiel version (the page then shows that version).
  const [movedTo, setMovedTo] = useState<string>();

  return (
    <>
      <PageHeader title={productName || t.vendor.dossierTitle}>
        {!administrative && (
          <Link
            to={`/dossiers/${dossier.id}/preparation`}
            className="button button-secondary"
            data-testid="preparation-link"
          >
            {t.preparation.open}
          </Link>
        )}
        <Link to={`/products/${dossier.productId}`} className="button button-secondary" data-testid="hosting-link">
          {t.hosting.openHosting}
        </Link>
        {editable && !administrative && (
          <SubmitButton
            dossierId={dossier.id}
            resubmission={dossier.round > 1}
            hrefFor={hrefFor}
            titleOf={(code) => dossier.scenarios.find((scenario) => scenario.code === code)?.title}
            onSubmitted={onReload}
          />
        )}
      </PageHeader>
      <div className="dossier-summary card">
        <div className="page-actions">
          <p data-testid="dossier-referential">
            <span className="muted">{text.referential} :</span> {referential.title}
          </p>
          {editable && (
            <MoveButton
              dossier={dossier}
              referential={referential}
              onMoved={(title) => {
                setMovedTo(title);
                onReload();
              }}
            />
          )}
        </div>
        {movedTo && <Notice tone="success">{t.referentials.move.done(movedTo)}</Notice>}
        <p className="dossier-status">
          <DossierStatusChip status={dossier.status} /> <span>{t.common.round(dossier.round)}</span>
        </p>
        <ProgressBar
          value={dossier.completeness.satisfied}
          max={expected}
          label={t.common.progress(dossier.completeness.satisfied, expected)}
        />
        {referential.notice && (
          <details className="small">
            <summary>{text.referentialNotice}</summary>
            <p>{referential.notice}</p>
          </details>
        )}
        <DossierExports dossier={dossier} />
      </div>
      <ErrorBanner error={product.error} />
      {isSegur(dossier) && (
        <SegurHeader dossier={dossier} referential={referential} editable={editable} onReload={onReload} />
      )}
      {!administrative && (
        <>
          <ChangeRequestsBanner dossier={dossier} hrefFor={hrefFor} />
          {dossier.firstSubmittedAt && !editable && <SubmissionNotice dossier={dossier} />}
          <Questionnaire
            dossier={dossier}
            referential={referential}
            editable={editable}
            hrefFor={hrefFor}
            onSaved={onChange}
          />
          <div className="split dossier-split">
            <ScenarioTree
              referential={referential}
              scenarios={dossier.scenarios}
              selected={selected?.code}
              hrefFor={hrefFor}
              isLocked={isLocked}
            />
            <div className="scenario-pane">
              {selected ? (
                <ScenarioDetail
                  key={selected.code}
                  dossier={dossier}
                  scenario={selected}
                  referential={referential}
                  productName={productName}
                  closeHref={closeHref}
                  currentUserId={userId}
                  onChanged={onReload}
                />
              ) : (
                <p className="card muted">{t.vendor.scenario.placeholder}</p>
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}

/** `/dossiers/:id`: the dossier, its référentiel tree (cached per id) and the selected scenario. */
export function DossierPage({ id }: { id: string }) {
  const dossier = useApi(() => loadDossier(id), [id]);
  const referentialId = dossier.data?.referentialId;
  const referential = useApi(
    () => (referentialId ? loadReferential(referentialId) : new Promise<Referential>(() => undefined)),
    [referentialId],
  );
  const error = dossier.error ?? referential.error;
  if (error?.code === 'DOSSIER_NOT_FOUND')
    return (
      <section className="empty">
        <h1>{t.common.notFoundTitle}</h1>
        <p>{t.vendor.dossier.notFound}</p>
        <Link to="/dossiers">{t.vendor.dossier.backToDossiers}</Link>
      </section>
    );
  if (error && !dossier.data) return <ErrorBanner error={error} onRetry={() => dossier.reload()} />;
  if (!dossier.data || !referential.data) return <Loading label={t.vendor.dossier.loading} />;
  return (
    <>
      <ErrorBanner error={error} onRetry={() => dossier.reload()} />
      <DossierWorkspace
        dossier={dossier.data}
        referential={referential.data}
        onChange={(next) => dossier.replace(next)}
        onReload={() => dossier.reload()}
      />
    </>
  );
}
