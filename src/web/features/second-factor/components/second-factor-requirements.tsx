import { ACCOUNT_ROLE_LABELS } from '../../../../shared/api/labels';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { useSecondFactorRequirements, useSetSecondFactorRequirement } from '../api/use-second-factor';

/** Which staff roles must add a code from an authenticator app to their password (administrators). */
export function SecondFactorRequirements() {
  const requirements = useSecondFactorRequirements();
  const change = useSetSecondFactorRequirement();
  if (requirements.isPending) return <LoadingMessage what="the second-factor settings" />;
  if (requirements.isError) return <ErrorMessage error={requirements.error} />;
  return (
    <section aria-labelledby="second-factor-heading" className="section">
      <h2 id="second-factor-heading">Codes from an authenticator app</h2>
      <p className="muted">
        Staff in a ticked role must set up an authenticator app at their next password sign-in, before anything else.
        Staff who sign in through the organisation use its own checks instead.
      </p>
      <fieldset className="choice-group">
        <legend>Require a code of</legend>
        {requirements.data.roles.map(({ role, isRequired }) => (
          <label key={role} className="choice">
            <input
              type="checkbox"
              checked={isRequired}
              disabled={change.isPending}
              onChange={(event) => change.mutate({ role, isRequired: event.currentTarget.checked })}
            />{' '}
            {ACCOUNT_ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      {change.isError && <ErrorMessage error={change.error} />}
    </section>
  );
}
