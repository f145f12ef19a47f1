import type { TextareaHTMLAttributes } from 'react';
import { Field, useTextLength } from './field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
}

/** A labelled multi-line text box with an optional hint and error; with `maxLength`, the count as you type. */
export function TextAreaField({
  label,
  hint,
  error,
  isOptional,
  className,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  const [current, onTyped] = useTextLength(textarea.value, textarea.defaultValue);
  const { maxLength, onChange } = textarea;
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      isOptional={isOptional}
      className={className}
      length={maxLength !== undefined && maxLength > 0 ? { current, max: maxLength } : undefined}
    >
      {(control) => (
        <textarea
          id={control.id}
          className="input textarea"
          rows={rows}
          aria-invalid={control['aria-invalid']}
          aria-describedby={control['aria-describedby']}
          {...textarea}
          onChange={(event) => {
            onTyped(event);
            onChange?.(event);
          }}
        />
      )}
    </Field>
  );
}
