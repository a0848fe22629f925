import { type FormEvent, useId, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { session } from '../auth/session-store';
import { ErrorBanner } from '../components/feedback';
import { Field, SelectField, TextField } from '../components/fields';
import { useAction } from '../hooks/use-api';
import { formatDateTime, formatDay, t } from '../i18n';
import { segurError } from './administrative-forms';
import { DeadlinesCard } from './dossier-extras';

type Dossier = Schemas['DossierDto'];
type Deadline = Schemas['DeadlineDto'];
type Extension = Schemas['ExtensionDto'];

/** The end of a chosen day in the browser's time zone (23:59), as the API takes it: ISO 8601. */
const endOfDay = (day: string): string => new Date(`${day}T23:59:00`).toISOString();

/** Tomorrow as a date input's value: an extension must end in the future. */
function tomorrow(): string {
  const date = new Date(Date.now() + 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function ExtensionForm({
  dossierId,
  deadlines,
  onGranted,
  onCancel,
}: {
  dossierId: string;
  deadlines: Deadline[];
  onGranted: (extension: Extension) => void;
  onCancel: () => void;
}) {
  const text = t.segur.extension;
  const id = useId();
  const [milestone, setMilestone] = useState(deadlines[0]?.key ?? '');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const grant = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/dossiers/{id}/extensions', {
        params: { path: { id: dossierId } },
        body: { milestone, until: endOfDay(until), reason: reason.trim() },
      }),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const granted = await grant.run();
    if (granted) onGranted(granted);
  };
  return (
    <form className="form extension-form" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h4 id={`${id}-title`}>{text.title}</h4>
      <SelectField
        label={text.milestone}
        value={milestone}
        choices={deadlines.map((deadline) => ({
          value: deadline.key,
          label: `${deadline.label} — ${formatDateTime(deadline.extendedUntil ?? deadline.dueAt!)}`,
        }))}
        onValue={setMilestone}
      />
      <TextField label={text.until} type="date" min={tomorrow()} value={until} onValue={setUntil} required />
      <Field label={text.reason}>
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} minLength={5} required />
      </Field>
      <ErrorBanner error={segurError(grant.error)} />
      <div className="page-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {text.cancel}
        </button>
        <button type="submit" className="button-primary" disabled={grant.pending || !until || !milestone}>
          {text.grant}
        </button>
      </div>
    </form>
  );
}

/**
 * A Ségur dossier's deadlines on the reviewer's side; the review lead may extend one that is still
 * pending. What was granted shows from the dossier's data (its deadline reads « prolongée jusqu'au
 * … »), so a reload of the dossier cannot lose it; `onGranted` gets a sentence for a notice kept
 * by the page, above what reloads.
 */
export function ReviewDeadlines({ dossier, onGranted }: { dossier: Dossier; onGranted: (message: string) => void }) {
  const text = t.segur.extension;
  const [open, setOpen] = useState(false);
  const deadlines = dossier.deadlines ?? [];
  const user = session.current();
  const lead = user.kind === 'signed-in' && user.user.role === 'review_lead';
  const extendable = deadlines.filter((deadline) => !deadline.met && deadline.dueAt !== null);
  if (deadlines.length === 0) return null;
  return (
    <DeadlinesCard deadlines={deadlines}>
      {lead &&
        extendable.length > 0 &&
        (open ? (
          <ExtensionForm
            dossierId={dossier.id}
            deadlines={extendable}
            onCancel={() => setOpen(false)}
            onGranted={(extension) => {
              setOpen(false);
              const label = deadlines.find((deadline) => deadline.key === extension.milestone)?.label;
              onGranted(text.granted(label ?? extension.milestone, formatDay(extension.until)));
            }}
          />
        ) : (
          <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
            {text.open}
          </button>
        ))}
    </DeadlinesCard>
  );
}
