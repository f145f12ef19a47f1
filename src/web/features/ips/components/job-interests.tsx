import { useState, type FormEvent } from 'react';
import type { JobInterestDto } from '../../../../shared/api/ips.responses';
import type { JobInterestBody } from '../../../../shared/api/ips.schema';
import { JOB_INTEREST_STATUSES, JOB_INTEREST_STATUS_LABELS } from '../../../../shared/api/ips-labels';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { useAddJobInterest, useEmployers, useSetJobInterestStatus } from '../api/use-ips';

/**
 * The jobs and employers the person is interested in, each with where it stands. Those who may
 * write in the record move an interest on with a button per status.
 */
export function JobInterestList({
  personId,
  interests,
  isSelf,
  canChange,
}: {
  personId: string;
  interests: JobInterestDto[];
  isSelf: boolean;
  canChange: boolean;
}) {
  const change = useSetJobInterestStatus(personId);
  if (interests.length === 0)
    return <p>{isSelf ? 'You have not added any jobs or employers yet.' : 'None added yet.'}</p>;
  return (
    <>
      {change.isError && <ErrorMessage error={change.error} />}
      <ul className="ips-list ips-interests">
        {interests.map((i) => (
          <li key={i.id}>
            <p className="ips-interest-title">
              <strong>{i.jobKind}</strong>
              {i.employerName ? ` at ${i.employerName}` : ''}: <span>{JOB_INTEREST_STATUS_LABELS[i.status]}</span>
            </p>
            {i.why && <p className="ips-interest-why">“{i.why}”</p>}
            <p className="muted">
              Added by {i.addedByName} on {i.addedAt.slice(0, 10)}
            </p>
            {canChange && (
              <div className="button-row" role="group" aria-label={`Change where ${i.jobKind} stands`}>
                {JOB_INTEREST_STATUSES.filter((s) => s !== i.status).map((s) => (
                  <button
                    key={s}
                    type="button"
                    className="button button--secondary"
                    disabled={change.isPending}
                    aria-label={`${JOB_INTEREST_STATUS_LABELS[s]}: ${i.jobKind}`}
                    onClick={() => change.mutate({ id: i.id, status: s, baseRevision: i.revision })}
                  >
                    {JOB_INTEREST_STATUS_LABELS[s]}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Adds a job or employer the person is interested in. Staff can pick an employer record; anyone can type a name. */
export function JobInterestForm({
  personId,
  isSelf,
  isStaff,
}: {
  personId: string;
  isSelf: boolean;
  isStaff: boolean;
}) {
  const employers = useEmployers(isStaff);
  const add = useAddJobInterest(personId);
  const [saved, setSaved] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSaved(false);
    const employerId = String(form.get('employerId') ?? '');
    const body: JobInterestBody = {
      jobKind: String(form.get('jobKind') ?? ''),
      employerId: employerId === '' ? null : employerId,
      employerName: String(form.get('employerName') ?? ''),
      why: String(form.get('why') ?? ''),
    };
    add.mutate(body, {
      onSuccess: () => {
        formElement.reset();
        setSaved(true);
      },
    });
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Add a job or employer">
      <h3>{isSelf ? 'Add a job or employer you are interested in' : 'Add a job or employer they are interested in'}</h3>
      <TextField label="Kind of job" name="jobKind" hint="For example: barista, warehouse work, gardening." />
      {isStaff && (
        <SelectField
          label="Employer from the list"
          name="employerId"
          placeholder="None, or type a name below"
          isOptional
          options={(employers.data?.employers ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
      )}
      <TextField label={isStaff ? 'Or an employer’s name' : 'Employer'} name="employerName" isOptional />
      <TextAreaField
        label={isSelf ? 'Why it appeals to you' : 'Why it appeals, in their words'}
        name="why"
        isOptional
        rows={3}
      />
      {add.isError && <ErrorMessage error={add.error} />}
      {saved && (
        <p className="notice notice--success" role="status">
          Added.
        </p>
      )}
      <button type="submit" className="button" disabled={add.isPending}>
        Add
      </button>
    </form>
  );
}
