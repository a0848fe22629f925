import { type FormEvent, useId, useState } from 'react';
import type { ApiError } from '../api/client';
import { ErrorBanner } from '../components/feedback';
import { Field, SelectField, TextField } from '../components/fields';
import { WideTable } from '../components/table';
import { useAction } from '../hooks/use-api';
import { t } from '../i18n';
import { gridProblemsOf, importGrid, type ImportFields, type ImportResult, overlayProblemsOf } from './api';
import { ImportReportCard } from './import-report';
import { gridProblemFr, overlayProblemFr } from './problem-texts';

function GridProblems({ error }: { error: ApiError | undefined }) {
  const text = t.referentials;
  const rows = gridProblemsOf(error);
  const overlay = overlayProblemsOf(error);
  if (rows.length === 0 && overlay.length === 0) return null;
  return (
    <section aria-labelledby="grid-problems-title" className="grid-problems">
      <h3 id="grid-problems-title">{rows.length > 0 ? text.refusedTitle : text.overlayProblems}</h3>
      {rows.length > 0 && (
        <WideTable
          data-testid="grid-problems"
          caption={text.refusedCaption(rows.length)}
          labels={[text.row, text.column, text.problem]}
        >
          {rows.map((problem, index) => (
            <tr key={`${problem.row}|${problem.column}|${index}`}>
              <td>{problem.row}</td>
              <td>{problem.column}</td>
              <td>{gridProblemFr(problem)}</td>
            </tr>
          ))}
        </WideTable>
      )}
      {overlay.length > 0 && (
        <ul data-testid="overlay-problems">
          {overlay.map((problem, index) => (
            <li key={`${problem.message}|${index}`}>{overlayProblemFr(problem)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

const PROGRAMMES = [
  { value: 'DMN', label: 'DMN' },
  { value: 'SEGUR', label: 'Ségur' },
];
const SEGUR_FIELDS = ['couloir', 'dispositif', 'vague'] as const;

/** The import form: grid file, identity of the version, optional YAML overlay (typed or as a file). */
export function ImportForm({ onImported }: { onImported: (result: ImportResult) => void }) {
  const text = t.referentials;
  const id = useId();
  const [file, setFile] = useState<File>();
  const [fields, setFields] = useState<ImportFields>({
    programme: 'DMN',
    code: 'DMN',
    version: '',
    title: '',
    couloir: '',
    dispositif: '',
    vague: '',
    overlay: '',
  });
  const set = (key: keyof ImportFields) => (value: string) => setFields((previous) => ({ ...previous, [key]: value }));
  const [result, setResult] = useState<ImportResult>();
  const send = useAction(importGrid);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setResult(undefined);
    const imported = await send.run(file, fields);
    if (imported) {
      setResult(imported);
      onImported(imported);
    }
  };
  const segur = fields.programme === 'SEGUR';

  return (
    <form className="form card" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.importTitle}</h2>
      <p className="muted">{text.importIntro}</p>
      <Field label={text.file}>
        <input
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(event) => setFile(event.target.files?.[0])}
          required
        />
      </Field>
      <SelectField label={text.programme} value={fields.programme} choices={PROGRAMMES} onValue={set('programme')} />
      <TextField
        label={text.code}
        hint={text.codeHint}
        value={fields.code}
        onValue={(code) => set('code')(code.toUpperCase())}
        required
      />
      <TextField
        label={text.version}
        hint={text.versionHint}
        value={fields.version}
        onValue={set('version')}
        required
      />
      <TextField label={text.label} value={fields.title} onValue={set('title')} required />
      {segur &&
        SEGUR_FIELDS.map((key) => <TextField key={key} label={text[key]} value={fields[key]} onValue={set(key)} />)}
      <Field label={text.overlay} hint={text.overlayHint}>
        <textarea
          rows={5}
          value={fields.overlay}
          spellCheck={false}
          onChange={(event) => set('overlay')(event.target.value)}
        />
      </Field>
      <Field label={text.overlayFile}>
        <input
          type="file"
          accept=".yaml,.yml,.json,text/yaml"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) void chosen.text().then(set('overlay'));
          }}
        />
      </Field>
      <ErrorBanner error={send.error} />
      <GridProblems error={send.error} />
      <div>
        <button type="submit" className="button-primary" disabled={send.pending || !file}>
          {send.pending ? text.importing : text.submit}
        </button>
      </div>
      {result && <ImportReportCard report={result.report} notice={text.imported} />}
    </form>
  );
}
