import { useState } from 'react';

/**
 * The reviewer's comment on a verdict or a decision, required unless the reviewer accepts:
 * `missing` from a send that found it empty until something is written. `id` is the field's.
 */
export function useComment(id: string) {
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  return {
    id,
    value,
    missing,
    write(next: string) {
      setValue(next);
      if (next.trim()) setMissing(false);
    },
    /** The comment as the request's body has it: absent when empty. */
    sent: (): { comment?: string } => (value.trim() ? { comment: value.trim() } : {}),
    clear: () => setValue(''),
    unmark: () => setMissing(false),
    /** Whether the send may go: when the comment is `required` and empty, marks it and moves the focus there. */
    check(required: boolean): boolean {
      if (!required || value.trim()) return true;
      setMissing(true);
      document.getElementById(id)?.focus();
      return false;
    },
  };
}

/** The comment's field: its help line turns into the error while the comment is missing. */
export function CommentField({
  comment,
  text,
}: {
  comment: ReturnType<typeof useComment>;
  text: { comment: string; commentHelp: string; commentRequired: string };
}) {
  return (
    <div className="field">
      <label htmlFor={comment.id}>{text.comment}</label>
      <textarea
        id={comment.id}
        value={comment.value}
        aria-invalid={comment.missing || undefined}
        aria-describedby={`${comment.id}-help`}
        onChange={(event) => comment.write(event.target.value)}
      />
      <small id={`${comment.id}-help`} className={comment.missing ? 'field-error' : 'muted'}>
        {comment.missing ? text.commentRequired : text.commentHelp}
      </small>
    </div>
  );
}
