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
  /** Draws the input, text area or select with the props that link it to its label, hint and error. */
  children: (control: FieldControl) => ReactNode;
}

/**
 * The frame every single-control field shares: a label (marked when optional), then the hint and
 * the error, each referenced by the control's aria-describedby.
 *
 * @example <Field label="Name" error={error}>{(control) => <input {...control} className="input" />}</Field>
 */
export function Field({ label, hint, error, isOptional = false, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
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
    </div>
  );
}
