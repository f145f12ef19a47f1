import { useState, type FormEvent } from 'react';
import type { JobBody } from '../../../../shared/api/ips.schema';
import { JOB_KINDS, JOB_KIND_LABELS } from '../../../../shared/api/ips-labels';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { useEmployers, useRecordJob } from '../api/use-ips';

const numberOrNull = (value: FormDataEntryValue | null) => (value === null || value === '' ? null : Number(value));

/** Records a job, or an education or training start. The server checks dates, hours and pay. */
export function JobForm({ personId }: { personId: string }) {
  const employers = useEmployers();
  const record = useRecordJob(personId);
  const [saved, setSaved] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSaved(false);
    const body: JobBody = {
      employerId: String(form.get('employerId') ?? ''),
      kind: String(form.get('kind')) as JobBody['kind'],
      title: String(form.get('title') ?? ''),
      startsOn: String(form.get('startsOn') ?? ''),
      hoursPerWeek: numberOrNull(form.get('hoursPerWeek')),
      hourlyPay: numberOrNull(form.get('hourlyPay')),
      isCompetitive: form.get('isCompetitive') === 'on',
    };
    record.mutate(body, {
      onSuccess: () => {
        formElement.reset();
        setSaved(true);
      },
    });
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Record a job start">
      <h3>Record a job start</h3>
      <SelectField
        label="Employer"
        name="employerId"
        placeholder="Choose an employer"
        options={(employers.data?.employers ?? []).map((e) => ({ value: e.id, label: e.name }))}
      />
      <SelectField
        label="Kind"
        name="kind"
        defaultValue="job"
        options={JOB_KINDS.map((value) => ({ value, label: JOB_KIND_LABELS[value] }))}
      />
      <TextField label="Job title or course" name="title" />
      <TextField label="First day" name="startsOn" type="date" />
      <TextField label="Hours a week" name="hoursPerWeek" type="number" step="0.5" min="0" inputMode="decimal" />
      <TextField label="Pay an hour (£)" name="hourlyPay" type="number" step="0.01" min="0" inputMode="decimal" />
      <label className="checkbox">
        <input type="checkbox" name="isCompetitive" defaultChecked /> Competitive employment: open to anyone, at least
        the minimum wage, not set aside for disabled people
      </label>
      {record.isError && <ErrorMessage error={record.error} />}
      {saved && (
        <p className="notice notice--success" role="status">
          Job recorded.
        </p>
      )}
      <button type="submit" className="button" disabled={record.isPending}>
        Record job
      </button>
    </form>
  );
}
