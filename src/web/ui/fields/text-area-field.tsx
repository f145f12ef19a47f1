import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
}

/** A labelled multi-line text box with an optional hint and error. */
export function TextAreaField({
  label,
  hint,
  error,
  isOptional,
  className,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} isOptional={isOptional} className={className}>
      {(control) => (
        <textarea
          id={control.id}
          className="input textarea"
          rows={rows}
          aria-invalid={control['aria-invalid']}
          aria-describedby={control['aria-describedby']}
          {...textarea}
        />
      )}
    </Field>
  );
}
