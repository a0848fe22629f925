import { api, unwrap } from '../api/client';
import { session } from '../auth/session-store';
import { ErrorBanner, Loading, Notice } from '../components/feedback';
import type { Referential } from '../dossier/referential-cache';
import { useAction, useApi } from '../hooks/use-api';
import { t } from '../i18n';
import {
  CandidatureForm,
  CharterForm,
  EligibilityForm,
  ObsoleteVersionsForm,
  segurError,
  type Administrative,
} from './administrative-forms';

const EDITABLE = new Set(['draft', 'changes_requested']);

interface AdministrativePanelProps {
  dossierId: string;
  referential: Referential;
  onPhaseChange: () => void;
}

/** Ségur phase 1 for the vendor: the four forms, what is missing, the reviewer's last word, submit. */
export function AdministrativePanel({ dossierId, referential, onPhaseChange }: AdministrativePanelProps) {
  const text = t.segur.administrative;
  const administrative = useApi(
    async () => unwrap(await api.GET('/api/v1/dossiers/{id}/administrative', { params: { path: { id: dossierId } } })),
    [dossierId],
  );
  const submit = useAction(async () =>
    unwrap(await api.POST('/api/v1/dossiers/{id}/administrative/submit', { params: { path: { id: dossierId } } })),
  );
  if (administrative.error && !administrative.data)
    return <ErrorBanner error={administrative.error} onRetry={() => administrative.reload()} />;
  if (!administrative.data) return <Loading />;
  const data = administrative.data;
  const editable = EDITABLE.has(data.status);
  const user = session.current();
  const canAccept = user.kind === 'signed-in' && user.user.role === 'vendor_admin';
  const onSaved = (next: Administrative) => administrative.replace(next);
  const decision = (data.decision ?? {}) as Record<string, unknown>;
  const decisionComment = typeof decision.comment === 'string' ? decision.comment : '';
  return (
    <section className="administrative" aria-label={text.title}>
      <h2>{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <p>
        <span className={`chip administrative-${data.status}`} data-testid="administrative-status">
          {text.status[data.status] ?? data.status}
        </span>
      </p>
      {data.status === 'changes_requested' && decisionComment && (
        <Notice tone="warning">
          <p>{text.decisionComment(decisionComment)}</p>
        </Notice>
      )}
      {data.status === 'submitted' && (
        <Notice>
          <p>{text.locked}</p>
        </Notice>
      )}
      <CandidatureForm dossierId={dossierId} administrative={data} editable={editable} onSaved={onSaved} />
      <CharterForm
        dossierId={dossierId}
        administrative={data}
        editable={editable}
        charter={referential.charter}
        canAccept={canAccept}
        onSaved={onSaved}
      />
      <EligibilityForm
        dossierId={dossierId}
        administrative={data}
        editable={editable}
        questions={referential.eligibility ?? []}
        onSaved={onSaved}
      />
      <ObsoleteVersionsForm dossierId={dossierId} administrative={data} editable={editable} onSaved={onSaved} />
      {editable && (
        <div className="card">
          {data.missing.length > 0 && (
            <>
              <h3>{text.missingTitle}</h3>
              <ul data-testid="administrative-missing">
                {data.missing.map((gap) => (
                  <li key={`${gap.section}-${gap.reason}`}>
                    <strong>{text.section[gap.section] ?? gap.section}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
          <ErrorBanner error={segurError(submit.error)} />
          <button
            type="button"
            className="button-primary"
            disabled={data.missing.length > 0 || submit.pending}
            onClick={() =>
              void submit.run().then((next) => {
                if (!next) return;
                administrative.replace(next);
                onPhaseChange();
              })
            }
          >
            {text.submit}
          </button>
        </div>
      )}
    </section>
  );
}
