import { api, unwrap } from '../api/client';
import { ErrorBanner, Loading } from '../components/feedback';
import { useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';
import type { AuditEvent } from './types';

/** Actions only a vendor takes: their author, if not one of ours, is the vendor. */
const VENDOR_ACTIONS = new Set([
  'dossier.created',
  'dossier.answers_changed',
  'dossier.submitted',
  'evidence.uploaded',
  'declaration.signed',
]);

const SHOWN_DETAILS = ['scenario', 'proof', 'version', 'round', 'verdict', 'comment'] as const;

function detailValue(key: string, value: unknown): string {
  if (key === 'verdict' && typeof value === 'string') return t.review.verdict.labels[value] ?? value;
  return String(value);
}

function actorOf(event: AuditEvent, people: Map<string, string> | undefined): string {
  const text = t.review.audit;
  if (event.actorUserId)
    return people?.get(event.actorUserId) ?? (VENDOR_ACTIONS.has(event.action) ? text.vendor : text.unknownUser);
  if (event.actorTokenId) return text.token;
  return text.system;
}

/** The dossier's audit trail, oldest first, in words: what happened, who did it, when. */
export function AuditTimeline({ dossierId, people }: { dossierId: string; people: Map<string, string> | undefined }) {
  const text = t.review.audit;
  const events = useApi(
    async () => unwrap(await api.GET('/api/v1/dossiers/{id}/audit', { params: { path: { id: dossierId } } })),
    [dossierId],
  );
  if (events.error) return <ErrorBanner error={events.error} onRetry={() => events.reload()} />;
  if (!events.data) return <Loading />;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{text.title}</h2>
      {events.data.length === 0 && <p className="muted">{text.empty}</p>}
      <ol className="timeline">
        {events.data.map((event) => {
          const details = SHOWN_DETAILS.filter((key) => event.data[key] !== undefined && event.data[key] !== null);
          return (
            <li key={event.seq} className={`timeline-item timeline-${event.action.replace(/[._]/g, '-')}`}>
              <div className="timeline-head">
                <strong>{text.actions[event.action] ?? event.action}</strong>
                <span className="muted small">
                  {text.actor(actorOf(event, people))} ·{' '}
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
                </span>
              </div>
              {details.length > 0 && (
                <dl className="timeline-details small">
                  {details.map((key) => (
                    <div key={key}>
                      <dt>{text.details[key]}</dt>
                      <dd>{detailValue(key, event.data[key])}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
