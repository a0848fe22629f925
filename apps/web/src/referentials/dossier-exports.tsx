import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ErrorBanner } from '../components/feedback';
import { useAction, useApi } from '../hooks/use-api';
import { t } from '../i18n';
import { download } from './api';

type Dossier = Schemas['DossierDto'];

/**
 * The dossier going out of Preuve: the filled « Exigences » grid (XLSX or CSV) at any time, and
 * the verifiable archive of the last submitted round once there is one.
 */
export function DossierExports({ dossier }: { dossier: Dossier }) {
  const text = t.referentials.exports;
  const submitted = Boolean(dossier.firstSubmittedAt);
  const submissions = useApi(
    () =>
      submitted
        ? api.GET('/api/v1/dossiers/{id}/submissions', { params: { path: { id: dossier.id } } }).then(unwrap)
        : Promise.resolve([]),
    [dossier.id, dossier.status, dossier.round, submitted],
  );
  const lastRound = submissions.data?.at(-1)?.round;
  // Which button is at work, so that only it says so.
  const [busy, setBusy] = useState<string>();
  const save = useAction(async (which: string, path: string, fallbackName: string) => {
    setBusy(which);
    try {
      await download(path, fallbackName);
    } finally {
      setBusy(undefined);
    }
  });
  const base = `/api/v1/dossiers/${encodeURIComponent(dossier.id)}`;
  const button = (which: string, label: string, path: string, fallbackName: string) => (
    <button
      type="button"
      className="button-secondary"
      disabled={busy !== undefined}
      aria-busy={busy === which}
      onClick={() => void save.run(which, path, fallbackName)}
    >
      {busy === which ? text.downloading : label}
    </button>
  );

  return (
    <div className="dossier-exports" role="group" aria-label={text.label}>
      <div className="page-actions">
        {button('xlsx', text.gridXlsx, `${base}/grid.xlsx`, 'grille.xlsx')}
        {button('csv', text.gridCsv, `${base}/grid.csv`, 'grille.csv')}
        {lastRound !== undefined &&
          button('archive', text.archiveRound(lastRound), `${base}/rounds/${lastRound}/archive.zip`, 'archive.zip')}
      </div>
      <ErrorBanner error={save.error ?? submissions.error} />
    </div>
  );
}
