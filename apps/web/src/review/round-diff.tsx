import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { ErrorBanner, Loading } from '../components/feedback';
import { ColumnHeads } from '../components/table';
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

/** A list of what changed in some scenarios, each named by a link that opens it; nothing when empty. */
function ScenarioChanges({
  title,
  location,
  changes,
}: {
  title: string;
  location: Location;
  changes: { key: string; scenario: string; change: ReactNode }[];
}) {
  if (changes.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="diff-list">
        {changes.map((entry) => (
          <li key={entry.key}>
            <Link to={withQuery(location, { scenario: entry.scenario, view: undefined })}>{entry.scenario}</Link>{' '}
            {entry.change}
          </li>
        ))}
      </ul>
    </>
  );
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
            <ColumnHeads labels={[text.question, text.before, text.after]} />
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

      {[
        {
          title: text.applicability,
          changes: diff.applicability.map((entry) => ({
            key: entry.scenario,
            scenario: entry.scenario,
            change: entry.after ? text.becameApplicable : text.becameNotApplicable,
          })),
        },
        {
          title: text.newEvidence,
          changes: diff.newEvidence.map((evidence) => ({
            key: evidence.id,
            scenario: evidence.scenarioCode,
            change: <>— {text.evidenceLine(evidence.proofCode, evidence.version)}</>,
          })),
        },
        {
          title: text.newDeclarations,
          changes: diff.newDeclarations.map((declaration) => ({
            key: declaration.id,
            scenario: declaration.scenarioCode,
            change: (
              <>
                — <code>{declaration.sha256.slice(0, 12)}…</code>
              </>
            ),
          })),
        },
      ].map((list) => (
        <ScenarioChanges key={list.title} title={list.title} location={location} changes={list.changes} />
      ))}
    </section>
  );
}
