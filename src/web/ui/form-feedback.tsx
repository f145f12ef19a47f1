import { forwardRef } from 'react';
import { ErrorMessage } from './error-message';

interface FormFeedbackProps {
  error: unknown;
  success: string | null;
  /** The form's own labels by field ("body.text" → "About me"), for the error to name them. */
  labels?: Readonly<Record<string, string>>;
}

/** The result of a form: the server's error, or a success message that can take focus. */
export const FormFeedback = forwardRef<HTMLParagraphElement, FormFeedbackProps>(function FormFeedback(
  { error, success, labels },
  ref,
) {
  if (error) return <ErrorMessage error={error} labels={labels} />;
  if (!success) return null;
  return (
    <p className="notice notice--success" ref={ref} tabIndex={-1}>
      {success}
    </p>
  );
});
