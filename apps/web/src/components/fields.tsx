import { cloneElement, type InputHTMLAttributes, type ReactElement, type ReactNode, useId } from 'react';

/**
 * A form control under its label (`<label class="field">`), with an optional hint line below that
 * the control is described by. The control (an input, a select, a textarea) gets its id here.
 */
export function Field({
  label,
  hint,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  children: ReactElement<{ id?: string; 'aria-describedby'?: string }>;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <label className="field" htmlFor={id}>
      {label}
      {cloneElement(children, hint ? { id, 'aria-describedby': hintId } : { id })}
      {hint && (
        <small id={hintId} className="muted">
          {hint}
        </small>
      )}
    </label>
  );
}

/** A text input (or a date, an e-mail…) in a Field, that hands its new value to `onValue`. */
export function TextField({
  label,
  hint,
  onValue,
  ...input
}: { label: ReactNode; hint?: ReactNode; onValue: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'onChange'
>) {
  return (
    <Field label={label} hint={hint}>
      <input {...input} onChange={(event) => onValue(event.target.value)} />
    </Field>
  );
}
