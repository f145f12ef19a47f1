import type { FormEvent, ReactNode } from 'react';
import { useAdminUpdate } from '../api/use-admin-update';
import { FormFeedback } from '../../../ui/form-feedback';
import { useFormResult } from '../../../hooks/use-form-result';

interface AdminEditFormProps {
  /** The API path the change is sent to, under /api/v1. */
  path: string;
  title: string;
  submitLabel: string;
  successMessage: string;
  /** Turns the submitted form into the request body. */
  toBody: (form: FormData) => unknown;
  /** Closes the form; offered as "Cancel", and called after a successful save. */
  onClose?: () => void;
  children: ReactNode;
}

/** A small form that changes one organisation record and says so; a change someone else saved first is reported, not overwritten. */
export function AdminEditForm({
  path,
  title,
  submitLabel,
  successMessage,
  toBody,
  onClose,
  children,
}: AdminEditFormProps) {
  const update = useAdminUpdate(path);
  const result = useFormResult();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    update.mutate(toBody(new FormData(event.currentTarget)), {
      onSuccess: () => result.succeeded(successMessage),
    });
  };
  return (
    <form className="form card" onSubmit={onSubmit} aria-label={title}>
      <h2 className="card__title">{title}</h2>
      <FormFeedback error={update.error} success={result.success} ref={result.feedbackRef} />
      {children}
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : submitLabel}
        </button>
        {onClose && (
          <button type="button" className="button button--secondary" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </form>
  );
}
