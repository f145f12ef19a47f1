import { useState, type FormEvent } from 'react';
import type { PersonResponse } from '../../../../shared/api/people.responses';
import { ErrorMessage } from '../../../ui/error-message';
import { TextField } from '../../../ui/fields/text-field';
import { useEmailChoice } from '../api/use-person-changes';

/**
 * The person chooses whether Tandem emails them when their care team asks for something (a
 * questionnaire). The email says only that something is waiting, never what.
 */
export function EmailChoice({ personId, email }: { personId: string; email: PersonResponse['person']['email'] }) {
  const [address, setAddress] = useState(email.address ?? '');
  const [wantsEmail, setWantsEmail] = useState(email.wantsEmail);
  const save = useEmailChoice(personId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate({ emailAddress: address.trim() || null, wantsEmail });
  };
  return (
    <section aria-labelledby="email-heading" className="section">
      <h2 id="email-heading">Emails from Tandem</h2>
      <p>
        If you like, Tandem can email you when your care team asks you for something. The email only says that something
        new is waiting for you in Tandem, never what it is.
      </p>
      <form onSubmit={submit} className="form" noValidate>
        <TextField
          label="Email address"
          type="email"
          autoComplete="email"
          isOptional
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
        <label className="checkbox">
          <input type="checkbox" checked={wantsEmail} onChange={(event) => setWantsEmail(event.target.checked)} /> Email
          me when something new is waiting for me
        </label>
        {save.isError && <ErrorMessage error={save.error} />}
        {save.isSuccess && (
          <p className="notice notice--success" role="status">
            Saved.
          </p>
        )}
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save my email choice'}
        </button>
      </form>
    </section>
  );
}
