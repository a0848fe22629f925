import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { api, authorizationHeader, unwrap, ApiError, type Schemas } from '../api/client';
import { ErrorBanner, Loading } from '../components/feedback';
import { RadioChoices, SelectField, TextField } from '../components/fields';
import { useAction, useApi } from '../hooks/use-api';
import { formatDate, formatDateTime, formatDay, t } from '../i18n';
import { segurError } from './administrative-forms';

type Deadline = Schemas['DeadlineDto'];
type Homologation = Schemas['HomologationDto'];

const DAY = 86_400_000;
const HOMOLOGATION_STATUSES = ['granted', 'in_progress'] as const;

/** Whole days from now to a date: positive ahead, negative past. */
export function daysUntil(date: string, now = Date.now()): number {
  const diff = new Date(date).getTime() - now;
  return diff >= 0 ? Math.ceil(diff / DAY) : -Math.ceil(-diff / DAY);
}

/** The campaign's milestones for this dossier: what is due, in how many days, what is late. */
export function DeadlinesCard({ deadlines, children }: { deadlines: Deadline[]; children?: ReactNode }) {
  const text = t.segur.deadlines;
  if (deadlines.length === 0) return null;
  return (
    <section className="card deadlines" aria-label={text.title}>
      <h3>{text.title}</h3>
      <ul>
        {deadlines.map((deadline) => {
          // An extension counts when it moves the date later (as the API decides lateness).
          const extended =
            deadline.dueAt !== null &&
            deadline.extendedUntil !== null &&
            new Date(deadline.extendedUntil) > new Date(deadline.dueAt);
          const due = extended ? deadline.extendedUntil : deadline.dueAt;
          const days = due ? daysUntil(due) : null;
          const tone = deadline.met ? 'ok' : deadline.late ? 'late' : days !== null && days <= 15 ? 'soon' : 'ahead';
          return (
            <li key={deadline.key} className={`deadline deadline-${tone}`} data-testid={`deadline-${deadline.key}`}>
              <strong>{deadline.label}</strong>{' '}
              {deadline.met ? (
                <span>{text.met}</span>
              ) : due === null ? (
                <span className="muted">{text.noDate}</span>
              ) : (
                <>
                  <span>{text.dueOn(formatDateTime(due))}</span>{' '}
                  <span className="chip">{deadline.late ? text.late(-(days ?? 0)) : text.countdown(days ?? 0)}</span>
                  {extended && (
                    <span className="small deadline-extended" data-testid="deadline-extended">
                      {' '}
                      {text.extendedFrom(formatDay(deadline.extendedUntil!), formatDay(deadline.dueAt!))}
                    </span>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
      {children}
    </section>
  );
}

function RecordHomologation({
  dossierId,
  homologation,
  onSaved,
}: {
  dossierId: string;
  homologation: Homologation;
  onSaved: () => void;
}) {
  const text = t.segur.homologations;
  const id = useId();
  const [status, setStatus] = useState<(typeof HOMOLOGATION_STATUSES)[number]>('granted');
  const [number, setNumber] = useState('');
  const [grantedOn, setGrantedOn] = useState('');
  const [evidenceId, setEvidenceId] = useState('');
  const evidence = useApi(
    async () => unwrap(await api.GET('/api/v1/dossiers/{id}/evidence', { params: { path: { id: dossierId } } })),
    [dossierId],
  );
  const save = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/dossiers/{id}/homologations', {
        params: { path: { id: dossierId } },
        body: {
          kind: homologation.kind,
          status,
          ...(status === 'granted' ? { number: number.trim(), grantedOn } : {}),
          ...(evidenceId ? { evidenceId } : {}),
        },
      }),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run()) onSaved();
  };
  return (
    <form className="form homologation-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{text.record(homologation.label)}</legend>
        <RadioChoices
          name={`${id}-status`}
          values={HOMOLOGATION_STATUSES}
          value={status}
          onValue={setStatus}
          label={(entry) => text.status[entry]}
        />
        {status === 'granted' && (
          <>
            <TextField label={text.number} value={number} onValue={setNumber} required />
            <TextField label={text.grantedOn} type="date" value={grantedOn} onValue={setGrantedOn} required />
          </>
        )}
        <SelectField
          label={status === 'granted' ? text.attestation : text.inProgressProof}
          value={evidenceId}
          empty={text.noEvidence}
          choices={(evidence.data ?? []).map((item) => ({
            value: item.id,
            label: `${item.proofCode} · v${item.version} · ${item.fileName}`,
          }))}
          onValue={setEvidenceId}
          required={status === 'in_progress'}
        />
      </fieldset>
      <ErrorBanner error={segurError(save.error)} />
      <div>
        <button type="submit" className="button-secondary" disabled={save.pending}>
          {text.save}
        </button>
      </div>
    </form>
  );
}

/** The prerequisite homologations (CNDA …): granted, in progress until a milestone, or missing. */
export function HomologationsCard({ dossierId, editable }: { dossierId: string; editable: boolean }) {
  const text = t.segur.homologations;
  const list = useApi(
    async () => unwrap(await api.GET('/api/v1/dossiers/{id}/homologations', { params: { path: { id: dossierId } } })),
    [dossierId],
  );
  const [open, setOpen] = useState<string>();
  if (list.error && !list.data) return <ErrorBanner error={list.error} onRetry={() => list.reload()} />;
  if (!list.data) return <Loading />;
  const needed = list.data.filter((homologation) => homologation.needed);
  if (needed.length === 0) return null;
  return (
    <section className="card homologations" aria-label={text.title}>
      <h3>{text.title}</h3>
      <ul>
        {needed.map((homologation) => (
          <li key={homologation.kind} data-testid={`homologation-${homologation.kind}`}>
            <p>
              <strong>{homologation.label}</strong>{' '}
              <span className={`chip ${homologation.satisfied ? 'chip-ok' : 'chip-warn'}`}>
                {text.status[homologation.status]}
              </span>{' '}
              <span className="muted small">{text.for(homologation.requirementCodes.join(', '))}</span>
            </p>
            {homologation.status === 'granted' && homologation.number && (
              <p className="small">
                {text.granted(homologation.number, homologation.grantedOn ? formatDate(homologation.grantedOn) : '')}
              </p>
            )}
            {homologation.status === 'in_progress' && homologation.inProgressUntil && (
              <p className="small">{text.until(formatDateTime(homologation.inProgressUntil))}</p>
            )}
            {homologation.problem && <p className="small finding-warn">{homologation.problem}</p>}
            {editable && (
              <button
                type="button"
                className="button-secondary"
                aria-expanded={open === homologation.kind}
                onClick={() => setOpen(open === homologation.kind ? undefined : homologation.kind)}
              >
                {text.update}
              </button>
            )}
            {editable && open === homologation.kind && (
              <RecordHomologation
                dossierId={dossierId}
                homologation={homologation}
                onSaved={() => {
                  setOpen(undefined);
                  list.reload();
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

async function downloadAttestation(dossierId: string, number: string): Promise<void> {
  const response = await fetch(`/api/v1/dossiers/${dossierId}/referencement/attestation`, {
    headers: await authorizationHeader(),
  });
  if (!response.ok) throw ApiError.from(response.status, await response.json().catch(() => undefined));
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `attestation-${number}.pdf`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Phase 3: the référencement granted, its number and its attestation's fingerprint. */
export function ReferencementCard({ dossierId }: { dossierId: string }) {
  const text = t.segur.referencement;
  const referencement = useApi(
    async () => unwrap(await api.GET('/api/v1/dossiers/{id}/referencement', { params: { path: { id: dossierId } } })),
    [dossierId],
  );
  const download = useAction(downloadAttestation);
  if (referencement.error) return <ErrorBanner error={referencement.error} onRetry={() => referencement.reload()} />;
  const data = referencement.data;
  if (!data) return <Loading />;
  return (
    <section className="card referencement banner-success" aria-label={text.title}>
      <h2>{text.title}</h2>
      <dl className="facts">
        <dt>{text.number}</dt>
        <dd data-testid="referencement-number">{data.number}</dd>
        <dt>{text.grantedAt}</dt>
        <dd>{formatDateTime(data.grantedAt)}</dd>
        <dt>{text.referential}</dt>
        <dd>
          {data.dispositif} · {t.segur.create.vagueLabel(data.vague)} · {data.referentialVersion}
        </dd>
        <dt>{text.solution}</dt>
        <dd>
          {data.solutionName} {data.solutionVersion} — {data.legalName}
        </dd>
        <dt>{text.hash}</dt>
        <dd>
          <code className="hash">{data.attestationSha256}</code>
        </dd>
      </dl>
      <ErrorBanner error={download.error} />
      <button
        type="button"
        className="button-secondary"
        disabled={download.pending}
        onClick={() => void download.run(dossierId, data.number)}
      >
        {text.download}
      </button>
    </section>
  );
}
