import { useId, useState } from 'react';
import { api, type ApiError, unwrap } from '../api/client';
import { session } from '../auth/session-store';
import { Dialog } from '../components/dialog';
import { RadioFieldset } from '../components/fields';
import { useAction } from '../hooks/use-api';
import { t } from '../i18n';
import { CommentField, useComment } from './comment-field';
import type { Decision, Dossier } from './types';

const DECISIONS: Decision[] = ['changes_requested', 'approved', 'rejected'];

function verdictCounts(dossier: Dossier) {
  const judged = dossier.scenarios.filter((scenario) => scenario.applicable || scenario.declarationRequired);
  const count = (verdict: string | null) => judged.filter((scenario) => (scenario.verdict ?? null) === verdict).length;
  return {
    accepted: count('accepted'),
    changes: count('changes_requested'),
    rejected: count('rejected'),
    pending: count(null),
  };
}

/** The server's refusal in words: who may decide, what is still missing, which state the dossier is in. */
function Refusal({ error }: { error: ApiError }) {
  const text = t.review.decision.errors;
  const pending = (error.details as { pending?: string[] } | undefined)?.pending;
  const lead =
    error.status === 403
      ? text.forbidden
      : error.status === 422
        ? text.notAllowed
        : error.status === 409
          ? text.transition
          : '';
  return (
    <div className="banner banner-error" role="alert">
      {lead && <p>{lead}</p>}
      <p>{error.message}</p>
      {pending && pending.length > 0 && (
        <ul className="pending-list">
          {pending.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t.common.errorCode(error.code)}</p>
    </div>
  );
}

function DecisionForm({ dossier, onDecided }: { dossier: Dossier; onDecided: (message: string) => void }) {
  const text = t.review.decision;
  const id = useId();
  const state = session.current();
  const isLead = state.kind === 'signed-in' && state.user.role === 'review_lead';
  const [decision, setDecision] = useState<Decision>('changes_requested');
  const comment = useComment(`${id}-comment`);
  const send = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/dossiers/{id}/decision', {
        params: { path: { id: dossier.id } },
        body: { decision, ...comment.sent() },
      }),
    ),
  );
  const counts = verdictCounts(dossier);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!comment.check(decision !== 'approved')) return;
        void send
          .run()
          .then((saved) => saved && onDecided(text.done(t.common.dossierStatus[saved.status] ?? saved.status)));
      }}
    >
      <p>{text.intro(dossier.round)}</p>
      <p className="muted small">{text.summary(counts.accepted, counts.changes, counts.rejected, counts.pending)}</p>
      <RadioFieldset
        legend={text.choice}
        name={`${id}-decision`}
        values={DECISIONS}
        value={decision}
        onValue={(entry) => {
          setDecision(entry);
          send.clearError();
        }}
        label={(entry) => (
          <>
            {text[entry]}
            {entry !== 'changes_requested' && !isLead && <span className="muted small"> ({text.leadOnly})</span>}
          </>
        )}
      />
      <CommentField comment={comment} text={text} />
      {send.error && <Refusal error={send.error} />}
      <div className="page-actions">
        <button
          type="submit"
          className={decision === 'rejected' ? 'button-danger' : 'button-primary'}
          disabled={send.pending}
        >
          {text.submit}
        </button>
      </div>
    </form>
  );
}

/** The round's decision, in a modal dialog: the server says whether it is allowed, and why not. */
export function DecisionDialog({
  open,
  dossier,
  onClose,
  onDecided,
}: {
  open: boolean;
  dossier: Dossier;
  onClose: () => void;
  onDecided: (message: string) => void;
}) {
  return (
    <Dialog open={open} title={t.review.decision.title} onClose={onClose}>
      <DecisionForm dossier={dossier} onDecided={onDecided} />
    </Dialog>
  );
}
