import { type FormEvent } from 'react';
import type { IpsReferralDto } from '../../../../shared/api/ips.responses';
import { REFERRAL_END_REASONS, REFERRAL_END_REASON_LABELS } from '../../../../shared/api/ips-labels';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { useEndReferral } from '../api/use-ips';

type EndReason = NonNullable<IpsReferralDto['endReason']>;

/**
 * Ends IPS support with a last day and a reason. Support never ends by itself; the person can ask
 * for it again at any time, so the form says so.
 */
export function EndReferralForm({ personId, isSelf }: { personId: string; isSelf: boolean }) {
  const end = useEndReferral(personId);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    end.mutate({ endedOn: String(form.get('endedOn') ?? ''), endReason: String(form.get('endReason')) as EndReason });
  };
  return (
    <details className="ips-end">
      <summary>{isSelf ? 'Stop employment support' : 'End IPS support'}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-label="End IPS support">
        <p className="hint">
          {isSelf
            ? 'You can ask for employment support again at any time.'
            : 'They can be referred again at any time. Their employment specialist leaves the care team the day after.'}
        </p>
        <TextField label="Last day of support" name="endedOn" type="date" defaultValue={todayIsoDate()} />
        <SelectField
          label="Why support is ending"
          name="endReason"
          defaultValue={isSelf ? 'person_chose' : undefined}
          placeholder={isSelf ? undefined : 'Choose a reason'}
          options={REFERRAL_END_REASONS.map((value) => ({ value, label: REFERRAL_END_REASON_LABELS[value] }))}
        />
        {end.isError && <ErrorMessage error={end.error} />}
        <button type="submit" className="button" disabled={end.isPending}>
          {isSelf ? 'Stop support' : 'End support'}
        </button>
      </form>
    </details>
  );
}
