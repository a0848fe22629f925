import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { api, ApiError, unwrap, type Schemas } from '../api/client';
import { ErrorBanner } from '../components/feedback';
import { ChoiceLabel, Field, TextField } from '../components/fields';
import { useAction } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';
import { QuestionField } from '../vendor/questionnaire';

export type Administrative = Schemas['AdministrativeDto'];
type Question = Schemas['QuestionDto'];
type Data = Record<string, unknown> | null | undefined;

const str = (data: Data, key: string): string => (typeof data?.[key] === 'string' ? data[key] : '');

/**
 * A refused save in the user's words: the French text of its code (the client gives it), plus the
 * field a bad SIREN or SIRET key is in, and why only an administrator may accept the charter.
 */
export function segurError(error: ApiError | undefined): ApiError | undefined {
  if (!error) return undefined;
  const field = (error.details as { field?: unknown } | undefined)?.field;
  const extra =
    error.code === 'INVALID_COMPANY_NUMBER' && typeof field === 'string'
      ? t.segur.errors.field(field.toUpperCase())
      : error.code === 'FORBIDDEN'
        ? t.segur.errors.FORBIDDEN
        : undefined;
  if (!extra) return error;
  return new ApiError(error.status, error.code, `${error.message} ${extra}`, error.details, error.serverMessage);
}

function Section({ title, done, children }: { title: string; done: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card administrative-section" aria-labelledby={id}>
      <h3 id={id}>
        <span aria-hidden="true">{done ? '✓ ' : ''}</span>
        {title}
        {done && <span className="visually-hidden"> ({t.segur.administrative.done})</span>}
      </h3>
      {children}
    </section>
  );
}

function SaveButton({ pending, disabled }: { pending: boolean; disabled: boolean }) {
  return (
    <div>
      <button type="submit" className="button-secondary" disabled={pending || disabled}>
        {t.segur.administrative.save}
      </button>
    </div>
  );
}

interface FormProps {
  dossierId: string;
  administrative: Administrative;
  editable: boolean;
  onSaved: (administrative: Administrative) => void;
}

export function CandidatureForm({ dossierId, administrative, editable, onSaved }: FormProps) {
  const text = t.segur.candidature;
  const current = administrative.candidature;
  const [form, setForm] = useState({
    legalName: str(current, 'legalName'),
    siren: str(current, 'siren'),
    siret: str(current, 'siret'),
    solutionName: str(current, 'solutionName'),
    solutionVersion: str(current, 'solutionVersion'),
    contactName: str(current, 'contactName'),
    contactEmail: str(current, 'contactEmail'),
  });
  const set = (key: keyof typeof form) => (value: string) => setForm((previous) => ({ ...previous, [key]: value }));
  const save = useAction(async () => {
    const { contactName, ...rest } = form;
    return unwrap(
      await api.PUT('/api/v1/dossiers/{id}/administrative/candidature', {
        params: { path: { id: dossierId } },
        body: {
          ...rest,
          siren: rest.siren.replace(/\s+/g, ''),
          siret: rest.siret.replace(/\s+/g, ''),
          ...(contactName.trim() ? { contactName: contactName.trim() } : {}),
        },
      }),
    );
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save.run();
    if (saved) onSaved(saved);
  };
  return (
    <Section title={t.segur.administrative.section.candidature} done={current != null}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset disabled={!editable} className="form-grid">
          <TextField label={text.legalName} value={form.legalName} onValue={set('legalName')} required />
          {(['siren', 'siret'] as const).map((key) => (
            <TextField
              key={key}
              label={text[key]}
              value={form[key]}
              onValue={set(key)}
              hint={key === 'siren' ? text.sirenHint : text.siretHint}
              inputMode="numeric"
              required
            />
          ))}
          <TextField label={text.solutionName} value={form.solutionName} onValue={set('solutionName')} required />
          <TextField
            label={text.solutionVersion}
            value={form.solutionVersion}
            onValue={set('solutionVersion')}
            required
          />
          <TextField label={text.contactName} value={form.contactName} onValue={set('contactName')} />
          <TextField
            label={text.contactEmail}
            value={form.contactEmail}
            onValue={set('contactEmail')}
            type="email"
            required
          />
        </fieldset>
        <ErrorBanner error={segurError(save.error)} />
        {editable && <SaveButton pending={save.pending} disabled={false} />}
      </form>
    </Section>
  );
}

export function CharterForm({
  dossierId,
  administrative,
  editable,
  charter,
  canAccept,
  onSaved,
}: FormProps & { charter: { version: string; text: string } | undefined; canAccept: boolean }) {
  const text = t.segur.charter;
  const current = administrative.charter;
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [certified, setCertified] = useState(false);
  const accept = useAction(async () => {
    unwrap(
      await api.POST('/api/v1/dossiers/{id}/administrative/charter', {
        params: { path: { id: dossierId } },
        body: { signatoryName: name.trim(), signatoryRole: role.trim() },
      }),
    );
    return unwrap(await api.GET('/api/v1/dossiers/{id}/administrative', { params: { path: { id: dossierId } } }));
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await accept.run();
    if (saved) onSaved(saved);
  };
  const upToDate = current != null && (!charter || str(current, 'charterVersion') === charter.version);
  return (
    <Section title={t.segur.administrative.section.charter} done={upToDate}>
      {charter && (
        <details>
          <summary>
            {text.read} — {text.version(charter.version)}
          </summary>
          <div className="charter-text">{charter.text}</div>
        </details>
      )}
      {current && (
        <p data-testid="charter-accepted">
          {text.accepted(
            str(current, 'signatoryName'),
            str(current, 'signatoryRole'),
            formatDateTime(str(current, 'acceptedAt') || str(current, 'recordedAt')),
          )}{' '}
          <span className="muted small">
            {text.hash} : <code className="hash">{str(current, 'charterSha256')}</code>
          </span>
        </p>
      )}
      {editable && !upToDate && !canAccept && <p className="muted">{text.adminOnly}</p>}
      {editable && !upToDate && canAccept && (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <TextField label={text.signatoryName} value={name} onValue={setName} required />
          <TextField label={text.signatoryRole} value={role} onValue={setRole} required />
          <ChoiceLabel type="checkbox" checked={certified} onChange={(event) => setCertified(event.target.checked)}>
            {text.certify}
          </ChoiceLabel>
          <ErrorBanner error={segurError(accept.error)} />
          <div>
            <button type="submit" className="button-primary" disabled={!certified || accept.pending}>
              {text.accept}
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}

export function EligibilityForm({
  dossierId,
  administrative,
  editable,
  questions,
  onSaved,
}: FormProps & { questions: Question[] }) {
  const saved = (administrative.eligibility?.answers ?? {}) as Record<string, unknown>;
  const [answers, setAnswers] = useState<Record<string, unknown>>(saved);
  const save = useAction(async () =>
    unwrap(
      await api.PUT('/api/v1/dossiers/{id}/administrative/eligibility', {
        params: { path: { id: dossierId } },
        body: { answers },
      }),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save.run();
    if (result) onSaved(result);
  };
  return (
    <Section title={t.segur.administrative.section.eligibility} done={administrative.eligibility != null}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        {questions.map((question) => (
          <QuestionField
            key={question.key}
            question={question}
            value={answers[question.key]}
            followUp={false}
            disabled={!editable}
            onChange={(value) => setAnswers((previous) => ({ ...previous, [question.key]: value }))}
          />
        ))}
        <ErrorBanner error={segurError(save.error)} />
        {editable && <SaveButton pending={save.pending} disabled={false} />}
      </form>
    </Section>
  );
}

interface VersionRow {
  version: string;
  endOfMaintenance: string;
  endOfSale: string;
}

export function ObsoleteVersionsForm({ dossierId, administrative, editable, onSaved }: FormProps) {
  const text = t.segur.obsolete;
  const id = useId();
  const current = administrative.obsoleteVersions;
  const [none, setNone] = useState<boolean>(current?.none !== false);
  const [justification, setJustification] = useState(str(current, 'justification'));
  const [rows, setRows] = useState<VersionRow[]>(() =>
    Array.isArray(current?.versions)
      ? (current.versions as Record<string, unknown>[]).map((row) => ({
          version: str(row, 'version'),
          endOfMaintenance: str(row, 'endOfMaintenance'),
          endOfSale: str(row, 'endOfSale'),
        }))
      : [{ version: '', endOfMaintenance: '', endOfSale: '' }],
  );
  const save = useAction(async () =>
    unwrap(
      await api.PUT('/api/v1/dossiers/{id}/administrative/obsolete-versions', {
        params: { path: { id: dossierId } },
        body: none
          ? { none: true, justification: justification.trim() }
          : {
              none: false,
              versions: rows
                .filter((row) => row.version.trim())
                .map((row) => ({
                  version: row.version.trim(),
                  ...(row.endOfMaintenance ? { endOfMaintenance: row.endOfMaintenance } : {}),
                  ...(row.endOfSale ? { endOfSale: row.endOfSale } : {}),
                })),
            },
      }),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save.run();
    if (result) onSaved(result);
  };
  const setRow = (index: number, key: keyof VersionRow) => (value: string) =>
    setRows((previous) => previous.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  return (
    <Section title={t.segur.administrative.section.obsolete_versions} done={current != null}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <fieldset disabled={!editable}>
          <ChoiceLabel type="radio" name={`${id}-none`} checked={none} onChange={() => setNone(true)}>
            {text.none}
          </ChoiceLabel>
          <ChoiceLabel type="radio" name={`${id}-none`} checked={!none} onChange={() => setNone(false)}>
            {text.some}
          </ChoiceLabel>
          {none ? (
            <Field label={text.noneJustification}>
              <textarea value={justification} onChange={(event) => setJustification(event.target.value)} required />
            </Field>
          ) : (
            <>
              {rows.map((row, index) => (
                <div key={index} className="form-grid obsolete-row">
                  <TextField label={text.version} value={row.version} onValue={setRow(index, 'version')} required />
                  {(['endOfMaintenance', 'endOfSale'] as const).map((key) => (
                    <TextField key={key} label={text[key]} type="date" value={row[key]} onValue={setRow(index, key)} />
                  ))}
                  {rows.length > 1 && (
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => setRows((previous) => previous.filter((_, at) => at !== index))}
                    >
                      {text.remove(row.version)}
                    </button>
                  )}
                </div>
              ))}
              <button
                type="button"
                className="button-secondary"
                onClick={() =>
                  setRows((previous) => [...previous, { version: '', endOfMaintenance: '', endOfSale: '' }])
                }
              >
                {text.add}
              </button>
            </>
          )}
        </fieldset>
        <ErrorBanner error={segurError(save.error)} />
        {editable && <SaveButton pending={save.pending} disabled={false} />}
      </form>
    </Section>
  );
}
