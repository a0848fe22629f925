import type { ApiError } from '../api/client';
import { ErrorBanner, Loading } from '../components/feedback';
import { t } from '../i18n';
import { Link, withQuery, type Location } from '../router';
import type { RoundDiff } from './types';

function answerText(value: unknown): string {
  if (value === null || value === undefined || value === '') return t.review.diff.empty;
  if (Array.isArray(value)) return value.map((entry) => answerText(entry)).join(', ') || t.review.diff.empty;
  if (typeof value === 'boolean') return value ? t.common.yes : t.common.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** « What changed since the last round »: answers, applicability, new evidence versions and declarations. */
export function RoundDiffView({
  diff,
  error,
  loading,
  location,
}: {
  diff: RoundDiff | undefined;
  error: ApiError | undefined;
  loading: boolean;
  location: Location;
}) {
  const text = t.review.diff;
  if (error) return <ErrorBanner error={error} />;
  if (!diff) return loading ? <Loading /> : null;
  const scenarioLink = (code: string) => (
    <Link to={withQuery(location, { scenario: code, view: undefined })}>{code}</Link>
  );
  const nothing =
    diff.answers.length + diff.applicability.length + diff.newEvidence.length + diff.newDeclarations.length === 0;
  return (
    <section className="round-diff" aria-labelledby="diff-title">
      <h2 id="diff-title">{text.title(diff.round, diff.previousRound ?? null)}</h2>
      {!diff.previousRound && <p className="muted">{text.firstRound}</p>}
      {nothing && <p>{text.nothing}</p>}

      {diff.answers.length > 0 && (
        <>
          <h3>{text.answers}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{text.question}</th>
                <th scope="col">{text.before}</th>
                <th scope="col">{text.after}</th>
              </tr>
            </thead>
            <tbody>
              {diff.answers.map((answer) => (
                <tr key={answer.key}>
                  <th scope="row">
                    <code>{answer.key}</code>
                  </th>
                  <td>
                    <del>{answerText(answer.before)}</del>
                  </td>
                  <td>
                    <ins>{answerText(answer.after)}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {diff.applicability.length > 0 && (
        <>
          <h3>{text.applicability}</h3>
          <ul className="diff-list">
            {diff.applicability.map((entry) => (
              <li key={entry.scenario}>
                {scenarioLink(entry.scenario)} {entry.after ? text.becameApplicable : text.becameNotApplicable}
              </li>
            ))}
          </ul>
        </>
      )}

      {diff.newEvidence.length > 0 && (
        <>
          <h3>{text.newEvidence}</h3>
          <ul className="diff-list">
            {diff.newEvidence.map((evidence) => (
              <li key={evidence.id}>
                {scenarioLink(evidence.scenarioCode)} — {text.evidenceLine(evidence.proofCode, evidence.version)}
              </li>
            ))}
          </ul>
        </>
      )}

      {diff.newDeclarations.length > 0 && (
        <>
          <h3>{text.newDeclarations}</h3>
          <ul className="diff-list">
            {diff.newDeclarations.map((declaration) => (
              <li key={declaration.id}>
                {scenarioLink(declaration.scenarioCode)} — <code>{declaration.sha256.slice(0, 12)}…</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
