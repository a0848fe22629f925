import { type FormEvent, useId, useState } from 'react';
import type { ApiError } from '../api/client';
import { ErrorBanner } from '../components/feedback';
import { useAction } from '../hooks/use-api';
import { t } from '../i18n';
import { gridProblemsOf, importGrid, type ImportResult, overlayProblemsOf } from './api';
import { ImportReportCard } from './import-report';

function GridProblems({ error }: { error: ApiError | undefined }) {
  const text = t.referentials;
  const rows = gridProblemsOf(error);
  const overlay = overlayProblemsOf(error);
  if (rows.length === 0 && overlay.length === 0) return null;
  return (
    <section aria-labelledby="grid-problems-title" className="grid-problems">
      <h3 id="grid-problems-title">{rows.length > 0 ? text.refusedTitle : text.overlayProblems}</h3>
      {rows.length > 0 && (
        <div className="table-wrap">
          <table data-testid="grid-problems">
            <caption>{text.refusedCaption(rows.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.row}</th>
                <th scope="col">{text.column}</th>
                <th scope="col">{text.problem}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((problem, index) => (
                <tr key={`${problem.row}|${problem.column}|${index}`}>
                  <td>{problem.row}</td>
                  <td>{problem.column}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {overlay.length > 0 && (
        <ul data-testid="overlay-problems">
          {overlay.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The import form: grid file, identity of the version, optional YAML overlay (typed or as a file). */
export function ImportForm({ onImported }: { onImported: (result: ImportResult) => void }) {
  const text = t.referentials;
  const id = useId();
  const [file, setFile] = useState<File>();
  const [programme, setProgramme] = useState('DMN');
  const [code, setCode] = useState('DMN');
  const [version, setVersion] = useState('');
  const [title, setTitle] = useState('');
  const [couloir, setCouloir] = useState('');
  const [dispositif, setDispositif] = useState('');
  const [vague, setVague] = useState('');
  const [overlay, setOverlay] = useState('');
  const [result, setResult] = useState<ImportResult>();
  const send = useAction(importGrid);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setResult(undefined);
    const imported = await send.run(file, { programme, code, version, title, couloir, dispositif, vague, overlay });
    if (imported) {
      setResult(imported);
      onImported(imported);
    }
  };
  const segur = programme === 'SEGUR';

  return (
    <form className="form card" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.importTitle}</h2>
      <p className="muted">{text.importIntro}</p>
      <label className="field" htmlFor={`${id}-file`}>
        {text.file}
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(event) => setFile(event.target.files?.[0])}
          required
        />
      </label>
      <label className="field" htmlFor={`${id}-programme`}>
        {text.programme}
        <select id={`${id}-programme`} value={programme} onChange={(event) => setProgramme(event.target.value)}>
          <option value="DMN">DMN</option>
          <option value="SEGUR">Ségur</option>
        </select>
      </label>
      <label className="field" htmlFor={`${id}-code`}>
        {text.code}
        <input
          id={`${id}-code`}
          value={code}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
          aria-describedby={`${id}-code-hint`}
          required
        />
        <small id={`${id}-code-hint`} className="muted">
          {text.codeHint}
        </small>
      </label>
      <label className="field" htmlFor={`${id}-version`}>
        {text.version}
        <input
          id={`${id}-version`}
          value={version}
          onChange={(event) => setVersion(event.target.value)}
          aria-describedby={`${id}-version-hint`}
          required
        />
        <small id={`${id}-version-hint`} className="muted">
          {text.versionHint}
        </small>
      </label>
      <label className="field" htmlFor={`${id}-label`}>
        {text.label}
        <input id={`${id}-label`} value={title} onChange={(event) => setTitle(event.target.value)} required />
      </label>
      {segur && (
        <>
          <label className="field" htmlFor={`${id}-couloir`}>
            {text.couloir}
            <input id={`${id}-couloir`} value={couloir} onChange={(event) => setCouloir(event.target.value)} />
          </label>
          <label className="field" htmlFor={`${id}-dispositif`}>
            {text.dispositif}
            <input id={`${id}-dispositif`} value={dispositif} onChange={(event) => setDispositif(event.target.value)} />
          </label>
          <label className="field" htmlFor={`${id}-vague`}>
            {text.vague}
            <input id={`${id}-vague`} value={vague} onChange={(event) => setVague(event.target.value)} />
          </label>
        </>
      )}
      <label className="field" htmlFor={`${id}-overlay`}>
        {text.overlay}
        <textarea
          id={`${id}-overlay`}
          rows={5}
          value={overlay}
          spellCheck={false}
          onChange={(event) => setOverlay(event.target.value)}
          aria-describedby={`${id}-overlay-hint`}
        />
        <small id={`${id}-overlay-hint`} className="muted">
          {text.overlayHint}
        </small>
      </label>
      <label className="field" htmlFor={`${id}-overlay-file`}>
        {text.overlayFile}
        <input
          id={`${id}-overlay-file`}
          type="file"
          accept=".yaml,.yml,.json,text/yaml"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) void chosen.text().then(setOverlay);
          }}
        />
      </label>
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
