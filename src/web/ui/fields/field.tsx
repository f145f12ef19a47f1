import { useId, type ReactNode } from 'react';

/** What a field hands its control so the label, hint and error are tied to it for screen readers. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
  className?: string;
  /** The most characters the field takes and how many it holds now: shown as they type, tied to the control. */
  length?: { current: number; max: number };
  /** Draws the input, text area or select with the props that link it to its label, hint and error. */
  children: (control: FieldControl) => ReactNode;
}

/**
 * The frame every single-control field shares: a label (marked when optional), then the hint and
 * the error, each referenced by the control's aria-describedby.
 *
 * @example <Field label="Name" error={error}>{(control) => <input {...control} className="input" />}</Field>
 */
export function Field({ label, hint, error, isOptional = false, className, length, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null, length ? countId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field--error' : ''} ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {isOptional && <span className="field__optional"> (optional)</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {length && <CharacterCount id={countId} {...length} />}
    </div>
  );
}

/**
 * "120 of 2,000 characters", under the control. It is described by the control rather than announced
 * at every key, so a screen reader hears it when it reaches the field; the last tenth is marked.
 */
function CharacterCount({ id, current, max }: { id: string; current: number; max: number }) {
  const isNear = current >= max * 0.9;
  return (
    <p id={id} className={`field__count${isNear ? ' field__count--near' : ''}`}>
      {current.toLocaleString('en-GB')} of {max.toLocaleString('en-GB')} characters
      {current >= max && <span>: that is the most it takes</span>}
    </p>
  );
}
