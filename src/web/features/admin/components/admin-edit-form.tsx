import type { FormEvent, ReactNode } from 'react';
import { isApiRequestError } from '../../../api-client/api-request-error';
import { useAdminUpdate } from '../api/use-admin-update';
import { FormFeedback } from '../../../ui/form-feedback';
import { useFormResult } from '../../../hooks/use-form-result';

interface AdminEditFormProps {
  /** The API path the change is sent to, under /api/v1. */
  path: string;
  title: string;
  submitLabel: string;
  successMessage: string;
  /**
   * Turns the submitted form into the request body. `current` is what a 409 said was saved first
   * (its `details.current`), until the next save: a form sending a version takes the newer one from
   * it, so saving again works before the lists are fetched again.
   */
  toBody: (form: FormData, current: unknown) => unknown;
  /** Closes the form; offered as "Cancel", and called after a successful save. */
  onClose?: () => void;
  /**
   * Draws what someone else saved first, from a 409's `details.current`: shown above the form, which
   * keeps what this user typed; saving again then saves theirs over it knowingly.
   */
  describeCurrent?: (current: unknown) => ReactNode;
  /** Labels by field where the form's differ from the API's names, so errors name what is on the page. */
  labels?: Readonly<Record<string, string>>;
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
  describeCurrent,
  labels,
  children,
}: AdminEditFormProps) {
  const update = useAdminUpdate(path);
  const result = useFormResult();
  const current =
    isApiRequestError(update.error) && update.error.status === 409 ? update.error.details.current : undefined;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    update.mutate(toBody(new FormData(event.currentTarget), current), {
      onSuccess: () => result.succeeded(successMessage),
    });
  };
  return (
    <form className="form card" onSubmit={onSubmit} aria-label={title}>
      <h2 className="card__title">{title}</h2>
      <FormFeedback error={update.error} success={result.success} labels={labels} ref={result.feedbackRef} />
      {current !== undefined && describeCurrent && (
        <div className="notice">
          <p className="notice__title">Saved by someone else</p>
          {describeCurrent(current)}
          <p className="small">Your version is below. Save again to replace theirs with it, or change it first.</p>
        </div>
      )}
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
