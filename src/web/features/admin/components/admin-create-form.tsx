import type { FormEvent, ReactNode } from 'react';
import { useAdminCreate, type AdminCollection, type CreateBodies } from '../api/use-admin-create';
import { FormFeedback } from '../../../ui/form-feedback';
import { useFormResult } from '../../../hooks/use-form-result';

interface AdminCreateFormProps<K extends AdminCollection> {
  collection: K;
  title: string;
  submitLabel: string;
  successMessage: string;
  /** Turns the submitted form into the request body. */
  toBody: (form: FormData) => CreateBodies[K];
  /** Called after the record is created, for forms that hold state of their own. */
  onCreated?: () => void;
  children: ReactNode;
}

/** A small form that creates one organisation record, then clears itself and says so. */
export function AdminCreateForm<K extends AdminCollection>({
  collection,
  title,
  submitLabel,
  successMessage,
  toBody,
  onCreated,
  children,
}: AdminCreateFormProps<K>) {
  const create = useAdminCreate(collection);
  const result = useFormResult();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    const formElement = event.currentTarget;
    create.mutate(toBody(new FormData(formElement)), {
      onSuccess: () => {
        onCreated?.();
        result.succeeded(successMessage, formElement);
      },
    });
  };
  return (
    <form className="form card" onSubmit={onSubmit}>
      <h2 className="card__title">{title}</h2>
      <FormFeedback error={create.error} success={result.success} ref={result.feedbackRef} />
      {children}
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
