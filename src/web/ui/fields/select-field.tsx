import type { SelectHTMLAttributes } from 'react';
import { Field } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  label: string;
  options: readonly SelectOption[];
  /** Shown first with an empty value, so nothing is chosen by accident. */
  placeholder?: string;
  hint?: string;
  isOptional?: boolean;
}

/** A labelled select box. */
export function SelectField({ label, options, placeholder, hint, isOptional, className, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} isOptional={isOptional} className={className}>
      {(control) => (
        <select id={control.id} className="input select" aria-describedby={control['aria-describedby']} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
