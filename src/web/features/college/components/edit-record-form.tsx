import { useState, type FormEvent, type ReactNode } from 'react';
import { hasStatus, isApiRequestError } from '../../../api-client/api-request-error';
import { useFormResult } from '../../../hooks/use-form-result';
import { FormFeedback } from '../../../ui/form-feedback';
import { useCollegeChange } from '../api/college-admin-mutations';

interface EditRecordFormProps<Fields> {
  /** Where the change is sent with PUT, with the version the form started from. */
  path: string;
  title: string;
  submitLabel: string;
  successMessage: string;
  /** The record as it was when the form opened. */
  record: Fields & { version: number };
  toFields: (form: FormData) => Fields;
  /** The fields of the form, filled in from `values`. */
  children: (values: Fields) => ReactNode;
  /** A short account of someone else's saved version, shown beside what was typed after a 409. */
  describe: (theirs: Fields) => ReactNode;
  onClose: () => void;
}

/**
 * Changes one term, room or trainer. The form keeps the version it started from: if someone else saved
 * first, the server says so (409), the form keeps what was typed, and their version is shown beside it
 * to start again from.
 */
export function EditRecordForm<Fields>({
  path,
  title,
  submitLabel,
  successMessage,
  record,
  toFields,
  children,
  describe,
  onClose,
}: EditRecordFormProps<Fields>) {
  const [base, setBase] = useState<{ version: number; values: Fields }>({ version: record.version, values: record });
  const [formKey, setFormKey] = useState(0);
  const change = useCollegeChange<Fields & { version: number }, { version: number }>('PUT', path);
  const result = useFormResult();
  const theirs =
    hasStatus(change.error, 409) && isApiRequestError(change.error)
      ? (change.error.details.current as (Fields & { version: number }) | undefined)
      : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    const values = toFields(new FormData(event.currentTarget));
    change.mutate(
      { ...values, version: base.version },
      {
        onSuccess: (saved) => {
          setBase({ version: saved.version, values });
          result.succeeded(successMessage);
        },
      },
    );
  };

  const startFromTheirs = () => {
    if (!theirs) return;
    setBase({ version: theirs.version, values: theirs });
    setFormKey((n) => n + 1);
    change.reset();
  };

  return (
    <form key={formKey} className="form card" onSubmit={onSubmit}>
      <h2 className="card__title">{title}</h2>
      <FormFeedback error={change.error} success={result.success} ref={result.feedbackRef} />
      {theirs && (
        <div className="notice">
          <p className="notice__title">Their version</p>
          {describe(theirs)}
          <button type="button" className="button button--secondary" onClick={startFromTheirs}>
            Start again from their version
          </button>
        </div>
      )}
      {children(base.values)}
      <div className="button-row">
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Done
        </button>
      </div>
    </form>
  );
}
