import { api, unwrap } from '../api/client';
import { ErrorBanner, Loading } from '../components/feedback';
import { useApi } from '../hooks/use-api';
import { t } from '../i18n';
import { HostingSummary } from './hosting-summary';

/** Read-only: the HDS hosting of a dossier's product, and whether the dossier's référentiel requires it. */
export function DossierHostingPanel({ dossierId, version }: { dossierId: string; version?: number }) {
  const hosting = useApi(
    () => api.GET('/api/v1/dossiers/{id}/hosting', { params: { path: { id: dossierId } } }).then(unwrap),
    [dossierId, version],
  );
  return (
    <section className="card hosting-panel" aria-labelledby="dossier-hosting-title" data-testid="dossier-hosting">
      <h2 id="dossier-hosting-title">{t.hosting.title}</h2>
      <ErrorBanner error={hosting.error} onRetry={() => hosting.reload()} />
      {!hosting.data && !hosting.error && <Loading />}
      {hosting.data && (
        <HostingSummary
          hosting={hosting.data}
          required={hosting.data.required}
          requirementCodes={hosting.data.requirementCodes}
        />
      )}
    </section>
  );
}
