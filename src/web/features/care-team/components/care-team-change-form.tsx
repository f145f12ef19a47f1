import type { FormEvent, ReactNode } from 'react';
import { FormFeedback } from '../../../ui/form-feedback';
import { useFormResult } from '../../../hooks/use-form-result';

/** What the form needs of one of `useCareTeamChanges`' mutations. */
interface CareTeamChange<Body> {
  mutate: (body: Body, options: { onSuccess: () => void }) => void;
  error: unknown;
  isPending: boolean;
}

interface CareTeamChangeFormProps<Body> {
  title: string;
  submitLabel: string;
  successMessage: string;
  mutation: CareTeamChange<Body>;
  /** Turns the submitted form into the change's request body. */
  toBody: (form: FormData) => Body;
  children: ReactNode;
}

/** A small form that makes one change to the care team, then clears itself and says so. */
export function CareTeamChangeForm<Body>({
  title,
  submitLabel,
  successMessage,
  mutation,
  toBody,
  children,
}: CareTeamChangeFormProps<Body>) {
  const result = useFormResult();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    const formElement = event.currentTarget;
    mutation.mutate(toBody(new FormData(formElement)), {
      onSuccess: () => result.succeeded(successMessage, formElement),
    });
  };
  return (
    <form className="form card" onSubmit={onSubmit}>
      <h3>{title}</h3>
      <FormFeedback error={mutation.error} success={result.success} ref={result.feedbackRef} />
      {children}
      <button type="submit" className="button" disabled={mutation.isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
