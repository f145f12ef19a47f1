import type { TextareaHTMLAttributes } from 'react';
import { TextFieldFrame } from './text-field-frame';

/** The control's own props: everything but what the field draws around it. */
type Control = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'children'>;

interface TextAreaFieldProps extends Control {
  className?: string;
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
}

/** A labelled multi-line text box with an optional hint and error; with `maxLength`, the count as you type. */
export function TextAreaField({ rows = 3, ...props }: TextAreaFieldProps) {
  return (
    <TextFieldFrame<HTMLTextAreaElement, Control> {...props}>
      {(field, textarea, onChange) => (
        <textarea {...field} className="input textarea" rows={rows} {...textarea} onChange={onChange} />
      )}
    </TextFieldFrame>
  );
}
