import { api, unwrap, type Schemas } from '../api/client';
import { ErrorBanner, Loading, PageHeader } from '../components/feedback';
import { useApi } from '../hooks/use-api';
import { t } from '../i18n';
import { Link } from '../router';

type Diff = Schemas['ReferentialDiffDto'];
type Levels = Schemas['LevelCodesDto'];
const LEVELS = ['requirements', 'scenarios', 'proofs'] as const;

function fieldsOf(diff: Diff, level: string, code: string): string {
  const names = t.referentials.diff.field;
  const change = diff.changes.find((entry) => entry.level === level && entry.code === code);
  return change ? change.fields.map((field) => names[field] ?? field).join(', ') : '';
}

function Section({ kind, codes, diff }: { kind: 'added' | 'removed' | 'changed'; codes: Levels; diff: Diff }) {
  const text = t.referentials.diff;
  const total = LEVELS.reduce((sum, level) => sum + codes[level].length, 0);
  return (
    <section className={`card diff-${kind}`} aria-labelledby={`diff-${kind}`} data-testid={`diff-${kind}`}>
      <h2 id={`diff-${kind}`}>
        {text[kind]} ({total})
      </h2>
      {LEVELS.map((level) => (
        <div key={level}>
          <h3>
            {text[level]} ({codes[level].length})
          </h3>
          {codes[level].length === 0 ? (
            <p className="muted">{text.nothing}</p>
          ) : (
            <ul className="code-list">
              {codes[level].map((code) => (
                <li key={code}>
                  <code>{code}</code>
                  {kind === 'changed' && fieldsOf(diff, level, code) && (
                    <span className="muted">
                      {' '}
                      — {text.fields} : {fieldsOf(diff, level, code)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

/** `/referentiels/:from/diff/:to`: what the second version adds, removes and changes, at each level. */
export function DiffPage({ from, to, backTo = '/referentiels' }: { from: string; to: string; backTo?: string }) {
  const text = t.referentials.diff;
  const loaded = useApi(async () => {
    const [diff, left, right] = await Promise.all([
      api.GET('/api/v1/referentials/{id}/diff/{otherId}', { params: { path: { id: from, otherId: to } } }).then(unwrap),
      api.GET('/api/v1/referentials/{id}', { params: { path: { id: from } } }).then(unwrap),
      api.GET('/api/v1/referentials/{id}', { params: { path: { id: to } } }).then(unwrap),
    ]);
    return { diff, left, right };
  }, [from, to]);
  if (loaded.error && !loaded.data) return <ErrorBanner error={loaded.error} onRetry={() => loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  const { diff, left, right } = loaded.data;
  const empty = [diff.added, diff.removed, diff.changed].every((codes) =>
    LEVELS.every((level) => codes[level].length === 0),
  );
  return (
    <>
      <PageHeader title={text.title}>
        <Link to={backTo} className="button secondary">
          {text.back}
        </Link>
      </PageHeader>
      <p className="lead">{text.heading(`${left.code} ${left.version}`, `${right.code} ${right.version}`)}</p>
      {empty && <p className="card">{text.none}</p>}
      <div className="diff-grid">
        <Section kind="added" codes={diff.added} diff={diff} />
        <Section kind="removed" codes={diff.removed} diff={diff} />
        <Section kind="changed" codes={diff.changed} diff={diff} />
      </div>
    </>
  );
}
