import type { InputHTMLAttributes } from 'react';
import { Field } from './field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
}

/** A labelled input with an optional hint and error, both tied to the input for screen readers. */
export function TextField({ label, hint, error, isOptional, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      {(control) => (
        <input
          id={control.id}
          className="input"
          aria-invalid={control['aria-invalid']}
          aria-describedby={control['aria-describedby']}
          {...input}
        />
      )}
    </Field>
  );
}
