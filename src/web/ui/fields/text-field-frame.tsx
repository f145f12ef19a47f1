import { useState, type ChangeEvent, type ReactNode } from 'react';
import { Field, type FieldControl } from './field';

/** The props of a text control that the count reads: its value (or default value), its limit and its change handler. */
interface TextControlProps<Element extends HTMLInputElement | HTMLTextAreaElement> {
  value?: unknown;
  defaultValue?: unknown;
  maxLength?: number;
  onChange?: (event: ChangeEvent<Element>) => void;
}

type TextFieldFrameProps<Element extends HTMLInputElement | HTMLTextAreaElement, Control> = Control & {
  label: string;
  hint?: string;
  error?: string;
  isOptional?: boolean;
  className?: string;
  /**
   * Draws the input or text area from the props that tie it to its label, the field's other props
   * (the control's own) and the change handler that keeps the count.
   */
  children: (field: FieldControl, control: Control, onChange: (event: ChangeEvent<Element>) => void) => ReactNode;
};

/**
 * The frame of a free-text field: a `Field` that, when the control has a `maxLength`, counts its
 * characters as they are typed (from `value` when the form holds it, otherwise as typed).
 *
 * @example
 * <TextFieldFrame label="Name" maxLength={80}>
 *   {(field, control, onChange) => <input {...field} className="input" {...control} onChange={onChange} />}
 * </TextFieldFrame>
 */
export function TextFieldFrame<
  Element extends HTMLInputElement | HTMLTextAreaElement,
  Control extends TextControlProps<Element>,
>({ label, hint, error, isOptional, className, children, ...rest }: TextFieldFrameProps<Element, Control>) {
  const control = rest as unknown as Control;
  const { value, defaultValue, maxLength, onChange } = control;
  const [typed, setTyped] = useState(() => String(defaultValue ?? '').length);
  const current = value === undefined ? typed : String(value ?? '').length;
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      isOptional={isOptional}
      className={className}
      length={maxLength !== undefined && maxLength > 0 ? { current, max: maxLength } : undefined}
    >
      {(field) =>
        children(field, control, (event) => {
          setTyped(event.currentTarget.value.length);
          onChange?.(event);
        })
      }
    </Field>
  );
}
