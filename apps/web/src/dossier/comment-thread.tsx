import { type FormEvent, useId, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ErrorBanner, Loading } from '../components/feedback';
import { useAction, useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';

type Comment = Schemas['CommentDto'];

function pathOf(dossierId: string, scenarioCode: string) {
  return { id: dossierId, code: scenarioCode };
}

function CommentItem({
  comment,
  mine,
  onSave,
}: {
  comment: Comment;
  mine: boolean;
  onSave: (comment: Comment, body: string) => Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const fieldId = useId();
  const text = t.vendor.comments;
  return (
    <li className={`comment comment-${comment.authorSide}`}>
      <p className="comment-meta small">
        <strong>{comment.authorSide === 'vendor' ? text.vendor : text.authority}</strong> ·{' '}
        {formatDateTime(comment.createdAt)} · {text.round(comment.round)}
        {comment.edited && <span className="chip comment-edited">{text.edited}</span>}
      </p>
      {editing ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void onSave(comment, draft).then((saved) => saved && setEditing(false));
          }}
        >
          <label className="field" htmlFor={fieldId}>
            {text.editLabel}
            <textarea id={fieldId} value={draft} onChange={(event) => setDraft(event.target.value)} required />
          </label>
          <div className="page-actions">
            <button type="submit" className="button-primary" disabled={!draft.trim()}>
              {text.save}
            </button>
            <button type="button" className="button-secondary" onClick={() => setEditing(false)}>
              {text.cancel}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment-body">{comment.body}</p>
      )}
      {comment.edited && comment.previousBodies.length > 0 && (
        <details className="small">
          <summary>{text.previous}</summary>
          <ol>
            {comment.previousBodies.map((body, index) => (
              <li key={index}>{body}</li>
            ))}
          </ol>
        </details>
      )}
      {mine && !editing && (
        <button type="button" className="button-ghost small" onClick={() => setEditing(true)}>
          {text.edit}
        </button>
      )}
    </li>
  );
}

/**
 * A scenario's thread between the vendor and the reviewers, oldest first. Editing one's own
 * message writes a revision (shown « modifié », earlier texts kept). Used by both workspaces.
 */
export function CommentThread({
  dossierId,
  scenarioCode,
  currentUserId,
  canPost = true,
  title = t.vendor.comments.title,
}: {
  dossierId: string;
  scenarioCode: string;
  currentUserId: string;
  canPost?: boolean;
  /** Who the thread is with, seen from this side (the vendor's default: « avec l'évaluateur »). */
  title?: string;
}) {
  const text = t.vendor.comments;
  const fieldId = useId();
  const [draft, setDraft] = useState('');
  const thread = useApi(
    () =>
      api
        .GET('/api/v1/dossiers/{id}/scenarios/{code}/comments', { params: { path: pathOf(dossierId, scenarioCode) } })
        .then(unwrap),
    [dossierId, scenarioCode],
  );
  const post = useAction(async (body: string) =>
    unwrap(
      await api.POST('/api/v1/dossiers/{id}/scenarios/{code}/comments', {
        params: { path: pathOf(dossierId, scenarioCode) },
        body: { body },
      }),
    ),
  );
  const edit = useAction(async (comment: Comment, body: string) =>
    unwrap(
      await api.PUT('/api/v1/dossiers/{id}/scenarios/{code}/comments/{commentId}', {
        params: { path: { ...pathOf(dossierId, scenarioCode), commentId: comment.id } },
        body: { body },
      }),
    ),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    if (await post.run(draft.trim())) {
      setDraft('');
      thread.reload();
    }
  };
  const save = async (comment: Comment, body: string): Promise<boolean> => {
    const saved = await edit.run(comment, body.trim());
    if (saved) thread.reload();
    return saved !== undefined;
  };

  return (
    <section className="comment-thread" aria-labelledby={`${fieldId}-title`}>
      <h3 id={`${fieldId}-title`}>{title}</h3>
      <ErrorBanner error={thread.error} onRetry={() => thread.reload()} />
      {thread.loading && !thread.data && <Loading />}
      {thread.data && thread.data.length === 0 && <p className="muted small">{text.empty}</p>}
      {thread.data && thread.data.length > 0 && (
        <ol className="comments" aria-live="polite">
          {thread.data.map((comment) => (
            <CommentItem key={comment.id} comment={comment} mine={comment.authorId === currentUserId} onSave={save} />
          ))}
        </ol>
      )}
      <ErrorBanner error={post.error ?? edit.error} />
      {canPost && (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <label className="field" htmlFor={fieldId}>
            {text.newMessage}
            <textarea id={fieldId} value={draft} onChange={(event) => setDraft(event.target.value)} />
          </label>
          <div>
            <button type="submit" className="button-secondary" disabled={post.pending || !draft.trim()}>
              {text.send}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
