import type { InputHTMLAttributes } from 'react';
import { TextFieldFrame } from './text-field-frame';

/** The control's own props: everything but what the field draws around it. */
type Control = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'children'>;

interface TextFieldProps extends Control {
  className?: string;
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
}

/** A labelled input with an optional hint and error, both tied to the input; with `maxLength`, the count as you type. */
export function TextField(props: TextFieldProps) {
  return (
    <TextFieldFrame<HTMLInputElement, Control> {...props}>
      {(field, input, onChange) => <input {...field} className="input" {...input} onChange={onChange} />}
    </TextFieldFrame>
  );
}
