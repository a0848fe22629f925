import {
  cloneElement,
  type InputHTMLAttributes,
  type ReactElement,
  type ReactNode,
  type SelectHTMLAttributes,
  useId,
} from 'react';

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

export interface Choice {
  value: string;
  label: ReactNode;
  disabled?: boolean;
}

type SelectProps = { choices: Choice[]; empty?: string; onValue: (value: string) => void } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'children'
>;

/** A select of `choices`: `empty` names a first option with no value; `onValue` gets the value chosen. */
function ChoiceSelect({ choices, empty, onValue, ...select }: SelectProps) {
  return (
    <select {...select} onChange={(event) => onValue(event.target.value)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value} disabled={choice.disabled}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

/** A select in a Field (see ChoiceSelect). */
export function SelectField({
  label,
  hint,
  ...select
}: { label: ReactNode; hint?: ReactNode } & Omit<SelectProps, 'id'>) {
  return (
    <Field label={label} hint={hint}>
      <ChoiceSelect {...select} />
    </Field>
  );
}

/** A select inside its label, the compact form cards use (`<label class="small">`; see ChoiceSelect). */
export function CompactSelect({ label, ...select }: { label: ReactNode } & SelectProps) {
  return (
    <label className="small">
      {label}
      <ChoiceSelect {...select} />
    </label>
  );
}

/** The choices of a select from its values, each shown by `label` (the value itself when omitted). */
export function choicesOf<V extends string>(
  values: readonly V[],
  label: (value: V) => ReactNode = (value) => value,
): Choice[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** A radio button or a checkbox followed by its label text (`<label class="choice">`). */
export function ChoiceLabel({ children, ...input }: { children: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="choice">
      <input {...input} />
      {children}
    </label>
  );
}

interface RadioChoicesProps<V extends string> {
  name: string;
  values: readonly V[];
  value: V;
  onValue: (value: V) => void;
  label: (value: V) => ReactNode;
}

/** One radio button per value, all named `name`, the one equal to `value` checked, each shown by `label`. */
export function RadioChoices<V extends string>({ name, values, value, onValue, label }: RadioChoicesProps<V>) {
  return values.map((entry) => (
    <ChoiceLabel
      key={entry}
      type="radio"
      name={name}
      value={entry}
      checked={value === entry}
      onChange={() => onValue(entry)}
    >
      {label(entry)}
    </ChoiceLabel>
  ));
}

/** RadioChoices alone in a fieldset under `legend`. */
export function RadioFieldset<V extends string>({ legend, ...choices }: { legend: ReactNode } & RadioChoicesProps<V>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <RadioChoices {...choices} />
    </fieldset>
  );
}
