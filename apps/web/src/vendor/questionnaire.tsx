import { useEffect, useId, useRef, useState } from 'react';
import { api, unwrap, type ApiError, type Schemas } from '../api/client';
import { ErrorBanner } from '../components/feedback';
import type { Referential } from '../dossier/referential-cache';
import { useAction } from '../hooks/use-api';
import { t } from '../i18n';
import { Link } from '../router';
import { applicabilityDiff, type ApplicabilityChange, type ApplicabilityDiff } from './applicability-diff';

type Dossier = Schemas['DossierDto'];
type Question = Schemas['QuestionDto'];
type Answers = Record<string, unknown>;

const BOOLEAN_OPTIONS = [
  { value: 'true', label: t.common.yes },
  { value: 'false', label: t.common.no },
];

export function QuestionField({
  question,
  value,
  followUp,
  disabled,
  onChange,
}: {
  question: Question;
  value: unknown;
  followUp: boolean;
  disabled: boolean;
  onChange: (value: unknown) => void;
}) {
  const id = useId();
  const multi = question.type === 'multi_choice';
  const options = question.type === 'boolean' ? BOOLEAN_OPTIONS : (question.options ?? []);
  const selected = multi ? new Set(Array.isArray(value) ? (value as string[]) : []) : undefined;
  const current = typeof value === 'boolean' ? String(value) : value;
  return (
    <fieldset className={followUp ? 'question question-follow-up' : 'question'} disabled={disabled}>
      <legend>
        {followUp && <span className="chip follow-up-chip">{t.vendor.questionnaire.followUp}</span>} {question.label}
      </legend>
      {question.help && (
        <p className="muted small" id={`${id}-help`}>
          {question.help}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type={multi ? 'checkbox' : 'radio'}
            name={`${id}-${question.key}`}
            value={option.value}
            checked={multi ? selected!.has(option.value) : current === option.value}
            aria-describedby={question.help ? `${id}-help` : undefined}
            onChange={(event) => {
              if (question.type === 'boolean') onChange(option.value === 'true');
              else if (!multi) onChange(option.value);
              else {
                const next = new Set(selected);
                if (event.target.checked) next.add(option.value);
                else next.delete(option.value);
                // Keep the référentiel's order.
                onChange(options.map((entry) => entry.value).filter((entry) => next.has(entry)));
              }
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function ChangeList({ changes, hrefFor }: { changes: ApplicabilityChange[]; hrefFor: (code: string) => string }) {
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.code}>
          <Link to={hrefFor(change.code)}>
            <strong>{change.code}</strong> {change.title}
          </Link>
          <ul className="small">
            {change.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function DiffNotice({ diff, hrefFor }: { diff: ApplicabilityDiff; hrefFor: (code: string) => string }) {
  const text = t.vendor.questionnaire;
  const nothing = diff.nowApplicable.length === 0 && diff.nowNotApplicable.length === 0;
  return (
    <div className="banner banner-info applicability-diff" role="status" aria-live="polite">
      <p>
        <strong>{text.changesTitle}</strong>
      </p>
      {nothing && <p>{text.noChange}</p>}
      {diff.nowApplicable.length > 0 && (
        <>
          <p>{text.becameApplicable(diff.nowApplicable.length)}</p>
          <ChangeList changes={diff.nowApplicable} hrefFor={hrefFor} />
        </>
      )}
      {diff.nowNotApplicable.length > 0 && (
        <>
          <p>{text.becameNotApplicable(diff.nowNotApplicable.length)}</p>
          <ChangeList changes={diff.nowNotApplicable} hrefFor={hrefFor} />
        </>
      )}
    </div>
  );
}

/** Explains a refused save in the vendor's terms (locked dossier, frozen scenarios), with the server's words. */
function saveError(error: ApiError | undefined): ApiError | undefined {
  if (!error) return undefined;
  const known = t.vendor.errors[error.code];
  if (!known) return error;
  return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as ApiError, error, {
    message: `${known} ${error.message}`,
  });
}

/**
 * The applicability questionnaire: follow-up questions appear when an answer makes them relevant
 * (`questions[].asked`). Each change saves the whole set, then lists the scenarios it moved.
 */
export function Questionnaire({
  dossier,
  referential,
  editable,
  hrefFor,
  onSaved,
}: {
  dossier: Dossier;
  referential: Referential;
  editable: boolean;
  hrefFor: (code: string) => string;
  onSaved: (dossier: Dossier) => void;
}) {
  const text = t.vendor.questionnaire;
  const [answers, setAnswers] = useState<Answers>(dossier.answers);
  const [diff, setDiff] = useState<ApplicabilityDiff>();
  // Open while a question waits for an answer; once all are answered the tree matters more.
  const [expanded, setExpanded] = useState(() =>
    dossier.questions.some((state) => state.asked && state.shown && !state.answered),
  );
  const latest = useRef({ answers: dossier.answers, scenarios: dossier.scenarios });
  const pending = useRef<Answers>(dossier.answers);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);
  // Asked, and worth asking: a question whose answer changes nothing for the declared profiles is hidden.
  const asked = new Map(dossier.questions.map((state) => [state.key, state.asked && state.shown]));
  const save = useAction(async (next: Answers) =>
    unwrap(
      await api.PUT('/api/v1/dossiers/{id}/answers', { params: { path: { id: dossier.id } }, body: { answers: next } }),
    ),
  );
  // A reload may bring newer answers from the server.
  useEffect(() => {
    if (inFlight.current > 0) return;
    latest.current = { answers: dossier.answers, scenarios: dossier.scenarios };
    pending.current = dossier.answers;
    setAnswers(dossier.answers);
  }, [dossier.answers, dossier.scenarios]);

  // Saves run one after another, each with the whole set, so the last answer given is the one kept.
  const change = (key: string, value: unknown): void => {
    const next = { ...pending.current, [key]: value };
    pending.current = next;
    setAnswers(next);
    inFlight.current++;
    queue.current = queue.current.then(async () => {
      const before = latest.current.scenarios;
      const saved = await save.run(next);
      inFlight.current--;
      if (!saved) {
        pending.current = latest.current.answers;
        setAnswers(latest.current.answers);
        return;
      }
      latest.current = { answers: saved.answers, scenarios: saved.scenarios };
      setDiff(applicabilityDiff(before, saved.scenarios));
      onSaved(saved);
    });
  };

  // Only the questions the current answers make relevant (`asked`); a follow-up appears with its parent's answer.
  const visible = referential.questions.filter((question) => asked.get(question.key) ?? true);
  const askedCount = dossier.questions.filter((state) => state.asked && state.shown).length;
  const answeredCount = dossier.questions.filter((state) => state.asked && state.shown && state.answered).length;
  return (
    <section className="card questionnaire" aria-labelledby="questionnaire-title">
      <div className="questionnaire-head">
        <h2 id="questionnaire-title">{text.title}</h2>
        <span className="muted small">{text.answered(answeredCount, askedCount)}</span>
        <button
          type="button"
          className="button-ghost"
          aria-expanded={expanded}
          aria-controls="questionnaire-questions"
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? text.hide : text.show}
        </button>
      </div>
      <div id="questionnaire-questions" hidden={!expanded}>
        <p className="muted">{editable ? text.intro : text.frozen}</p>
        <div className="questions">
          {visible.map((question) => (
            <QuestionField
              key={question.key}
              question={question}
              value={answers[question.key]}
              followUp={question.askedWhen !== undefined}
              disabled={!editable}
              onChange={(value) => change(question.key, value)}
            />
          ))}
        </div>
      </div>
      <p className="small muted" role="status" aria-live="polite">
        {save.pending ? text.saving : ''}
      </p>
      <ErrorBanner error={saveError(save.error)} />
      {diff && <DiffNotice diff={diff} hrefFor={hrefFor} />}
    </section>
  );
}
