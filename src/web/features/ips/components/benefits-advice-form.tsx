import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../ui/error-message';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { useRecordBenefitsAdvice } from '../api/use-ips';

/**
 * Records benefits and work-incentives advice: when, who gave it and what it covered. The fear of
 * losing benefits stops people working, so the advice belongs in the record.
 */
export function BenefitsAdviceForm({ personId }: { personId: string }) {
  const record = useRecordBenefitsAdvice(personId);
  const [saved, setSaved] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSaved(false);
    record.mutate(
      {
        givenOn: String(form.get('givenOn') ?? ''),
        givenBy: String(form.get('givenBy') ?? ''),
        covered: String(form.get('covered') ?? ''),
      },
      {
        onSuccess: () => {
          formElement.reset();
          setSaved(true);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Record benefits advice">
      <h3>Record benefits advice</h3>
      <TextField label="Date given" name="givenOn" type="date" defaultValue={todayIsoDate()} />
      <TextField label="Who gave it" name="givenBy" hint="A name and, if not from the team, their organisation." />
      <TextAreaField
        label="What it covered"
        name="covered"
        hint="For example: how many hours can be worked on the current benefits, in-work credits, a better-off calculation."
      />
      {record.isError && <ErrorMessage error={record.error} />}
      {saved && (
        <p className="notice notice--success" role="status">
          Benefits advice recorded.
        </p>
      )}
      <button type="submit" className="button" disabled={record.isPending}>
        Record advice
      </button>
    </form>
  );
}
