import type { InputHTMLAttributes } from 'react';
import { Field, useTextLength } from './field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
}

/** A labelled input with an optional hint and error, both tied to the input; with `maxLength`, the count as you type. */
export function TextField({ label, hint, error, isOptional, className, ...input }: TextFieldProps) {
  const [current, onTyped] = useTextLength(input.value, input.defaultValue);
  const { maxLength, onChange } = input;
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
        <input
          id={control.id}
          className="input"
          aria-invalid={control['aria-invalid']}
          aria-describedby={control['aria-describedby']}
          {...input}
          onChange={(event) => {
            onTyped(event);
            onChange?.(event);
          }}
        />
      )}
    </Field>
  );
}
