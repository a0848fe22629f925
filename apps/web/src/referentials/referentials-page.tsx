import { type FormEvent, useId, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ErrorBanner, Loading, Notice, PageHeader } from '../components/feedback';
import { SelectField } from '../components/fields';
import { WideTable } from '../components/table';
import { useAction, useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';
import { navigate } from '../router';
import { ImportForm } from './import-form';

type Version = Schemas['ReferentialSummaryDto'];

const label = (version: Version): string => `${version.code} ${version.version}`;

function CompareForm({ versions }: { versions: Version[] }) {
  const text = t.referentials;
  const id = useId();
  const [from, setFrom] = useState(versions[0]?.id ?? '');
  const [to, setTo] = useState(versions[1]?.id ?? versions[0]?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to) navigate(`/referentiels/${from}/diff/${to}`);
  };
  const choices = versions.map((version) => ({
    value: version.id,
    label: `${label(version)} — ${text.status[version.status] ?? version.status}`,
  }));
  return (
    <form className="form card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.compareTitle}</h2>
      <SelectField label={text.from} value={from} choices={choices} onValue={setFrom} />
      <SelectField label={text.to} value={to} choices={choices} onValue={setTo} />
      <div>
        <button type="submit" className="button-secondary" disabled={!from || !to}>
          {text.showDiff}
        </button>
      </div>
    </form>
  );
}

function VersionsTable({ versions, onPublished }: { versions: Version[]; onPublished: (version: Version) => void }) {
  const text = t.referentials;
  const publish = useAction(async (version: Version) =>
    unwrap(await api.POST('/api/v1/referentials/{id}/publish', { params: { path: { id: version.id } } })),
  );
  const [done, setDone] = useState<string>();
  const confirmPublish = async (version: Version) => {
    if (!window.confirm(text.publishConfirm(version.title))) return;
    setDone(undefined);
    const published = await publish.run(version);
    if (published) {
      setDone(text.published(published.title));
      onPublished(version);
    }
  };
  if (versions.length === 0) return <p className="muted">{text.noVersion}</p>;
  return (
    <>
      {done && <Notice tone="success">{done}</Notice>}
      <ErrorBanner error={publish.error} />
      <WideTable
        data-testid="referential-versions"
        labels={[
          text.code,
          text.version,
          text.label,
          text.programme,
          text.publishedAt,
          <span className="visually-hidden">{text.status.draft}</span>,
        ]}
      >
        {versions.map((version) => (
          <tr key={version.id} data-status={version.status}>
            <td>{version.code}</td>
            <th scope="row">{version.version}</th>
            <td>{version.title}</td>
            <td>{version.programme}</td>
            <td>
              {version.publishedAt ? (
                formatDateTime(version.publishedAt)
              ) : (
                <span className="chip">{text.status.draft}</span>
              )}
            </td>
            <td>
              {version.status === 'draft' && (
                <button
                  type="button"
                  className="button-primary"
                  disabled={publish.pending}
                  onClick={() => void confirmPublish(version)}
                >
                  {text.publish(version.version)}
                </button>
              )}
            </td>
          </tr>
        ))}
      </WideTable>
    </>
  );
}

/** `/referentiels`: versions (drafts included, for admins), publication, comparison and grid import. */
export function ReferentialsPage() {
  const text = t.referentials;
  const versions = useApi(async () => unwrap(await api.GET('/api/v1/referentials')), []);
  const sorted = [...(versions.data ?? [])].sort(
    (a, b) => a.code.localeCompare(b.code) || b.version.localeCompare(a.version, undefined, { numeric: true }),
  );
  return (
    <>
      <PageHeader title={text.title} />
      <section aria-labelledby="versions-title" className="card">
        <h2 id="versions-title">{text.versionsTitle}</h2>
        <ErrorBanner error={versions.error} onRetry={() => versions.reload()} />
        {versions.data ? (
          <VersionsTable versions={sorted} onPublished={() => versions.reload()} />
        ) : (
          !versions.error && <Loading />
        )}
      </section>
      {sorted.length > 1 && <CompareForm key={sorted.map((version) => version.id).join()} versions={sorted} />}
      <ImportForm onImported={() => versions.reload()} />
    </>
  );
}
