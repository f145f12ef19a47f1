import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useBreakGlass } from '../api/use-break-glass';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { usePageTitle } from '../../../hooks/use-page-title';

/**
 * Shown to a worker outside the person's care team. The record opens only for a written reason,
 * and the person sees that reason in "Who opened my record".
 */
export function BreakGlassRequest({ personId }: { personId: string }) {
  usePageTitle('Not in the care team');
  const [reason, setReason] = useState('');
  const breakGlass = useBreakGlass(personId);
  const announce = useAnnounce();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    breakGlass.mutate(reason.trim(), { onSuccess: () => announce('Record opened. Your reason has been recorded.') });
  };

  return (
    <div className="narrow">
      <h1>You are not in this person’s care team</h1>
      <p>
        You can still open this record if you need it to support them, for example in a crisis or while covering for a
        colleague. Tell us why.
      </p>
      <div className="notice notice--warning">
        <p className="notice__title">The person will see your reason</p>
        <p>
          Your name, the time and the reason you give will appear on their page under “Who opened your record”. Write it
          as you would say it to them.
        </p>
      </div>
      <form className="form card" onSubmit={onSubmit} noValidate>
        {breakGlass.isError && <ErrorMessage error={breakGlass.error} title="The record was not opened" />}
        <TextAreaField
          label="Why do you need to open this record?"
          hint="At least 10 characters. For example: “Covering Sam’s caseload this week; I’m visiting on Thursday.”"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={1000}
          rows={4}
          required
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={breakGlass.isPending}>
            {breakGlass.isPending ? 'Opening…' : 'Open the record and record my reason'}
          </button>
          <Link to="/" className="button button--secondary">
            Go back
          </Link>
        </div>
      </form>
    </div>
  );
}
