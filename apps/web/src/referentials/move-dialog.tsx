import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { Dialog } from '../components/dialog';
import { ErrorBanner, Loading } from '../components/feedback';
import { useAction, useApi } from '../hooks/use-api';
import { t } from '../i18n';
import { Link } from '../router';
import { compareVersions } from '../../../../libs/domain/src/referential/version-order';

type Dossier = Schemas['DossierDto'];
type Referential = Schemas['ReferentialDto'];
type Summary = Schemas['ReferentialSummaryDto'];
type Outcome = Schemas['MoveOutcomeDto'];

/** The newest published version of the same référentiel, when it is newer than `current`. */
export function newestVersion(list: Summary[], current: Referential): Summary | undefined {
  return list
    .filter(
      (entry) =>
        entry.status === 'published' &&
        entry.programme === current.programme &&
        entry.code === current.code &&
        compareVersions(entry.version, current.version) > 0,
    )
    .sort((a, b) => compareVersions(b.version, a.version))[0];
}

function Preview({ outcome }: { outcome: Outcome }) {
  const text = t.referentials.move;
  return (
    <div role="status" data-testid="move-preview">
      <ul>
        <li>{text.carriedEvidence(outcome.carried.evidence.length)}</li>
        <li>{text.carriedDeclarations(outcome.carried.declarations.length)}</li>
      </ul>
      <h3>{text.attention}</h3>
      {outcome.needsAttention.length === 0 ? (
        <p>{text.noAttention}</p>
      ) : (
        <ul className="missing-list" data-testid="move-attention">
          {outcome.needsAttention.map((item) => (
            <li key={`${item.kind}|${item.code}`}>
              <strong>{text.kind[item.kind] ?? item.kind}</strong> <code>{item.code}</code> — {item.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * « Passer à la version … » on an open dossier whose référentiel has a newer published version:
 * the dialog shows what follows and what needs attention (POST …/move/preview), and the
 * confirmation moves the dossier (POST …/move, audited by the server).
 */
export function MoveButton({
  dossier,
  referential,
  onMoved,
}: {
  dossier: Dossier;
  referential: Referential;
  onMoved: (title: string) => void;
}) {
  const text = t.referentials.move;
  const versions = useApi(() => api.GET('/api/v1/referentials').then(unwrap), [referential.id]);
  const target = versions.data ? newestVersion(versions.data, referential) : undefined;
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const request = (targetId: string) => ({
    params: { path: { id: dossier.id } },
    body: { referentialId: targetId },
  });
  const preview = useAction(async (targetId: string) =>
    unwrap(await api.POST('/api/v1/dossiers/{id}/move/preview', request(targetId))),
  );
  const move = useAction(async (targetId: string) =>
    unwrap(await api.POST('/api/v1/dossiers/{id}/move', request(targetId))),
  );
  if (!target) return null;

  const start = async () => {
    setOpen(true);
    setOutcome(undefined);
    move.clearError();
    const result = await preview.run(target.id);
    if (result) setOutcome(result);
  };
  const confirm = async () => {
    const result = await move.run(target.id);
    if (!result) return;
    setOpen(false);
    onMoved(target.title);
  };

  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void start()}>
        {text.to(target.version)}
      </button>
      <Dialog open={open} title={text.title} onClose={() => setOpen(false)}>
        <p>{text.intro}</p>
        <p>
          <span className="muted">{text.target} :</span> {target.title}
        </p>
        {preview.pending && <Loading label={text.previewing} />}
        <ErrorBanner error={preview.error} onRetry={() => void start()} />
        {outcome && <Preview outcome={outcome} />}
        <p className="small">
          <Link to={`/referentiels/${referential.id}/diff/${target.id}`} onClick={() => setOpen(false)}>
            {text.seeDiff}
          </Link>
        </p>
        <ErrorBanner error={move.error} />
        <div className="page-actions dialog-actions">
          <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
            {t.common.cancel}
          </button>
          {outcome && (
            <button type="button" className="button-primary" disabled={move.pending} onClick={() => void confirm()}>
              {text.confirm}
            </button>
          )}
        </div>
      </Dialog>
    </>
  );
}
