import { useId, useState } from 'react';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorBanner, Notice } from '../components/feedback';
import { useAction } from '../hooks/use-api';
import { t } from '../i18n';
import { CommentField, useComment } from './comment-field';
import type { ScenarioProps, Verdict } from './types';

const BUTTONS: { verdict: Verdict; className: string; label: string }[] = [
  { verdict: 'accepted', className: 'button-success', label: t.review.verdict.accept },
  { verdict: 'changes_requested', className: 'button-warning', label: t.review.verdict.requestChanges },
  { verdict: 'rejected', className: 'button-danger', label: t.review.verdict.reject },
];

/**
 * The reviewer's verdict on one scenario, sent with the scenario version seen on screen: when
 * someone else moved it meanwhile (409 VERSION_CONFLICT), the scenario is reloaded and nothing is saved.
 */
export function VerdictForm({ dossier, scenario, onChanged }: ScenarioProps) {
  const text = t.review.verdict;
  const fieldId = useId();
  const comment = useComment(fieldId);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'warning'; message: string }>();
  const send = useAction(async (verdict: Verdict) => {
    try {
      return unwrap(
        await api.PUT('/api/v1/dossiers/{id}/scenarios/{code}/verdict', {
          params: { path: { id: dossier.id, code: scenario.code } },
          body: { verdict, ...comment.sent(), expectedVersion: scenario.version },
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') return 'conflict' as const;
      throw error;
    }
  });
  const open = dossier.status === 'submitted' || dossier.status === 'in_review';

  const give = async (verdict: Verdict) => {
    setOutcome(undefined);
    if (!comment.check(verdict !== 'accepted')) return;
    comment.unmark();
    const saved = await send.run(verdict);
    if (saved === 'conflict') {
      setOutcome({ tone: 'warning', message: text.conflict });
      onChanged();
    } else if (saved) {
      setOutcome({ tone: 'success', message: text.saved(text.labels[saved.verdict] ?? saved.verdict) });
      comment.clear();
      onChanged();
    }
  };

  if (!open) return <p className="muted small">{text.readOnly}</p>;
  return (
    <section className="verdict-form card" aria-labelledby={`${fieldId}-title`}>
      <h3 id={`${fieldId}-title`}>{text.title}</h3>
      {outcome && <Notice tone={outcome.tone}>{outcome.message}</Notice>}
      <CommentField comment={comment} text={text} />
      <ErrorBanner error={send.error} />
      <div className="verdict-buttons">
        {BUTTONS.map((button) => (
          <button
            key={button.verdict}
            type="button"
            className={button.className}
            disabled={send.pending}
            aria-pressed={scenario.verdict === button.verdict}
            onClick={() => void give(button.verdict)}
          >
            {button.label}
          </button>
        ))}
      </div>
    </section>
  );
}
