import type { FormEvent, ReactNode } from 'react';
import { useFormResult } from '../../../hooks/use-form-result';
import { FormFeedback } from '../../../ui/form-feedback';
import { useCollegeChange } from '../api/college-admin-mutations';

interface CollegeFormProps<Body> {
  method?: 'POST' | 'PUT';
  path: string;
  title: string;
  submitLabel: string;
  successMessage: string;
  toBody: (form: FormData) => Body;
  /** Clear the form after it is saved (forms that add something); forms that change something keep their values. */
  clearsOnSuccess?: boolean;
  onSaved?: (result: unknown) => void;
  children: ReactNode;
}

/** A small form that adds or changes one thing in the college, then says so (or shows the server's reason why not). */
export function CollegeForm<Body>({
  method = 'POST',
  path,
  title,
  submitLabel,
  successMessage,
  toBody,
  clearsOnSuccess = true,
  onSaved,
  children,
}: CollegeFormProps<Body>) {
  const change = useCollegeChange<Body>(method, path);
  const result = useFormResult();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    const formElement = event.currentTarget;
    change.mutate(toBody(new FormData(formElement)), {
      onSuccess: (saved) => {
        result.succeeded(successMessage, clearsOnSuccess ? formElement : undefined);
        onSaved?.(saved);
      },
    });
  };
  return (
    <form className="form card" onSubmit={onSubmit}>
      <h2 className="card__title">{title}</h2>
      <FormFeedback error={change.error} success={result.success} ref={result.feedbackRef} />
      {children}
      <button type="submit" className="button" disabled={change.isPending}>
        {change.isPending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
