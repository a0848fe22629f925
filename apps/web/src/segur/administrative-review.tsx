import { type FormEvent, useId, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ErrorBanner, Loading, Notice, PageHeader } from '../components/feedback';
import { useAction, useApi } from '../hooks/use-api';
import { formatDate, formatDateTime, t } from '../i18n';
import { Link } from '../router';
import { segurError } from './administrative-forms';
import { PhaseTracker } from './phase-tracker';

type Dossier = Schemas['DossierDto'];
type Data = Record<string, unknown> | null | undefined;

const str = (data: Data, key: string): string => (typeof data?.[key] === 'string' ? data[key] : '');

function ObsoleteVersions({ data }: { data: Data }) {
  const text = t.segur.obsolete;
  if (!data) return <p className="muted">—</p>;
  if (data.none === true)
    return (
      <p>
        {text.declaredNone} {str(data, 'justification')}
      </p>
    );
  const versions = Array.isArray(data.versions) ? (data.versions as Record<string, unknown>[]) : [];
  return (
    <ul>
      {versions.map((row) => (
        <li key={str(row, 'version')}>
          {text.version} {str(row, 'version')}
          {str(row, 'endOfMaintenance') && ` · ${text.endOfMaintenance} ${formatDate(str(row, 'endOfMaintenance'))}`}
          {str(row, 'endOfSale') && ` · ${text.endOfSale} ${formatDate(str(row, 'endOfSale'))}`}
        </li>
      ))}
    </ul>
  );
}

/** A reviewer's view of a Ségur dossier in phase 1: the administrative dossier, then accept or send back. */
export function AdministrativeReview({
  dossier,
  notice,
  onDecided,
}: {
  dossier: Dossier;
  /** The page's last confirmation: it outlives this view, which an accepted decision replaces. */
  notice?: string;
  onDecided: () => void;
}) {
  const text = t.segur.review;
  const sections = t.segur.administrative.section;
  const id = useId();
  const [comment, setComment] = useState('');
  const administrative = useApi(
    async () => unwrap(await api.GET('/api/v1/dossiers/{id}/administrative', { params: { path: { id: dossier.id } } })),
    [dossier.id],
  );
  const decide = useAction(async (decision: 'accepted' | 'changes_requested') =>
    unwrap(
      await api.POST('/api/v1/dossiers/{id}/administrative/decision', {
        params: { path: { id: dossier.id } },
        body: { decision, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      }),
    ),
  );
  const run = async (decision: 'accepted' | 'changes_requested') => {
    const result = await decide.run(decision);
    if (!result) return;
    administrative.replace(result);
    onDecided();
  };
  const data = administrative.data;
  const candidature = data?.candidature;
  const charter = data?.charter;
  const answers = ((data?.eligibility as Data)?.answers ?? {}) as Record<string, unknown>;
  return (
    <>
      <PageHeader title={text.title} />
      <p>
        <Link to="/review">{t.segur.review.backToQueue}</Link>
      </p>
      <PhaseTracker phase={dossier.phase} />
      <ErrorBanner error={administrative.error} onRetry={() => administrative.reload()} />
      {!data && !administrative.error && <Loading />}
      {data && (
        <>
          <p>
            <span className="chip" data-testid="administrative-status">
              {t.segur.administrative.status[data.status] ?? data.status}
            </span>
          </p>
          {notice && <Notice tone="success">{notice}</Notice>}
          <section className="card">
            <h3>{sections.candidature}</h3>
            {candidature ? (
              <>
                <p>
                  {text.candidature(
                    str(candidature, 'legalName'),
                    str(candidature, 'siren'),
                    str(candidature, 'siret'),
                  )}
                </p>
                <p>{text.solution(str(candidature, 'solutionName'), str(candidature, 'solutionVersion'))}</p>
                <p className="muted small">{str(candidature, 'contactEmail')}</p>
              </>
            ) : (
              <p className="muted">—</p>
            )}
          </section>
          <section className="card">
            <h3>{sections.charter}</h3>
            {charter ? (
              <p>
                {t.segur.charter.accepted(
                  str(charter, 'signatoryName'),
                  str(charter, 'signatoryRole'),
                  formatDateTime(str(charter, 'acceptedAt') || str(charter, 'recordedAt')),
                )}{' '}
                <code className="hash">{str(charter, 'charterSha256')}</code>
              </p>
            ) : (
              <p className="muted">—</p>
            )}
          </section>
          <section className="card">
            <h3>{text.eligibilityAnswers}</h3>
            <dl className="facts">
              {Object.entries(answers).map(([key, value]) => (
                <div key={key}>
                  <dt>{key}</dt>
                  <dd>{Array.isArray(value) ? value.join(', ') : String(value)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="card">
            <h3>{sections.obsolete_versions}</h3>
            <ObsoleteVersions data={data.obsoleteVersions} />
          </section>
          {data.status === 'submitted' ? (
            <form className="form card" onSubmit={(event: FormEvent) => event.preventDefault()}>
              <label className="field" htmlFor={`${id}-comment`}>
                {text.comment}
                <textarea id={`${id}-comment`} value={comment} onChange={(event) => setComment(event.target.value)} />
              </label>
              <ErrorBanner error={segurError(decide.error)} />
              <div className="page-actions">
                <button
                  type="button"
                  className="button-secondary"
                  disabled={decide.pending || !comment.trim()}
                  title={comment.trim() ? undefined : text.commentRequired}
                  onClick={() => void run('changes_requested')}
                >
                  {text.sendBack}
                </button>
                <button
                  type="button"
                  className="button-primary"
                  disabled={decide.pending}
                  onClick={() => void run('accepted')}
                >
                  {text.accept}
                </button>
              </div>
            </form>
          ) : (
            !notice && <p className="muted">{text.waiting}</p>
          )}
        </>
      )}
    </>
  );
}
