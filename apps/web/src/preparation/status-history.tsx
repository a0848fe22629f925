import { api, unwrap } from '../api/client';
import { ErrorBanner } from '../components/feedback';
import { useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';

/** Every working status recorded on the dossier, newest first (the history is append-only). */
export function StatusHistory({ dossierId, version }: { dossierId: string; version: number }) {
  const text = t.preparation;
  const history = useApi(
    () => api.GET('/api/v1/dossiers/{id}/assessments', { params: { path: { id: dossierId } } }).then(unwrap),
    [dossierId, version],
  );
  const records = [...(history.data ?? [])].reverse();
  return (
    <section className="card" aria-label={text.history}>
      <h2>{text.history}</h2>
      <ErrorBanner error={history.error} onRetry={() => history.reload()} />
      {history.data && records.length === 0 && <p className="muted">{text.historyEmpty}</p>}
      {records.length > 0 && (
        <details>
          <summary>{text.historyCount(records.length)}</summary>
          <ul className="small" data-testid="status-history">
            {records.map((record) => (
              <li key={record.id}>
                {formatDateTime(record.createdAt)} — <strong>{record.scenario}</strong> : {text.statuses[record.status]}
                {record.reasonCode && ` (${text.reasons[record.reasonCode]})`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
