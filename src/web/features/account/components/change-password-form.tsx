import type { FormEvent } from 'react';
import { isApiRequestError } from '../../../api-client/api-request-error';
import { FormFeedback } from '../../../ui/form-feedback';
import { TextField } from '../../../ui/fields/text-field';
import { useFocusOutcome } from '../../../hooks/use-focus-outcome';
import { useChangePassword } from '../api/use-change-password';

/** Change one's own password: the current one, then a new one that is long and not a common one. */
export function ChangePasswordForm({ currentLabel = 'Current password' }: { currentLabel?: string }) {
  const change = useChangePassword();
  const { doneRef, formRef } = useFocusOutcome<HTMLParagraphElement>(change);
  const field = isApiRequestError(change.error) ? (change.error.details as { field?: string }).field : undefined;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    change.mutate(
      {
        currentPassword: String(form.get('currentPassword') ?? ''),
        newPassword: String(form.get('newPassword') ?? ''),
      },
      { onSuccess: () => formRef.current?.reset() },
    );
  };
  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      <FormFeedback
        error={change.error}
        success={change.isSuccess ? 'Your password is changed. Your other sessions were signed out.' : null}
        ref={doneRef}
      />
      <TextField
        label={currentLabel}
        name="currentPassword"
        type="password"
        required
        autoComplete="current-password"
        error={field === 'currentPassword' ? change.error?.message : undefined}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 10 characters, not one of the passwords people use most. A few unrelated words are easy to remember and hard to guess."
        error={field === 'newPassword' ? change.error?.message : undefined}
      />
      <button type="submit" className="button" disabled={change.isPending}>
        Change password
      </button>
    </form>
  );
}
