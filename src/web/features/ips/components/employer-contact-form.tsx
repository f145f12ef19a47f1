import { useState, type FormEvent } from 'react';
import type { EmployerContactBody } from '../../../../shared/api/ips.schema';
import { EMPLOYER_CONTACT_PURPOSES, EMPLOYER_CONTACT_PURPOSE_LABELS } from '../../../../shared/api/ips-labels';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { useCreateEmployer, useEmployers, useRecordEmployerContact } from '../api/use-ips';

const value = (form: FormData, name: string) => String(form.get(name) ?? '');

/** Adds an employer: its name, kind of work and town. No one's health information. */
function NewEmployerForm() {
  const create = useCreateEmployer();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    create.mutate(
      { name: value(form, 'name'), sector: value(form, 'sector'), town: value(form, 'town') },
      { onSuccess: () => element.reset() },
    );
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Add an employer">
      <h3>Add an employer</h3>
      <TextField label="Employer’s name" name="name" />
      <TextField label="Kind of work" name="sector" />
      <TextField label="Town" name="town" isOptional />
      {create.isError && <ErrorMessage error={create.error} />}
      <button type="submit" className="button button--secondary" disabled={create.isPending}>
        Add employer
      </button>
    </form>
  );
}

/** Records a specialist's contact with an employer, about someone (who agreed to disclosure) or not. */
export function EmployerContactForm({ people }: { people: { id: string; name: string }[] }) {
  const employers = useEmployers();
  const record = useRecordEmployerContact();
  const [saved, setSaved] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    setSaved(false);
    const body: EmployerContactBody = {
      employerId: value(form, 'employerId'),
      personId: value(form, 'personId') || null,
      contactedOn: value(form, 'contactedOn'),
      isFaceToFace: form.get('isFaceToFace') === 'on',
      metWhom: value(form, 'metWhom'),
      purpose: value(form, 'purpose') as EmployerContactBody['purpose'],
      outcome: value(form, 'outcome'),
    };
    record.mutate(body, {
      onSuccess: () => {
        element.reset();
        setSaved(true);
      },
    });
  };
  return (
    <>
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Record an employer contact">
        <SelectField
          label="Employer"
          name="employerId"
          placeholder="Choose an employer"
          options={(employers.data?.employers ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
        <SelectField
          label="About"
          name="personId"
          placeholder="No one in particular"
          hint="Only people who agreed to their specialist talking to employers."
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField label="Date of the contact" name="contactedOn" type="date" />
        <label className="checkbox">
          <input type="checkbox" name="isFaceToFace" defaultChecked /> Met in person
        </label>
        <TextField label="Who you met" name="metWhom" isOptional />
        <SelectField
          label="What it was for"
          name="purpose"
          defaultValue="job_development"
          options={EMPLOYER_CONTACT_PURPOSES.map((v) => ({ value: v, label: EMPLOYER_CONTACT_PURPOSE_LABELS[v] }))}
        />
        <TextField label="Outcome" name="outcome" isOptional />
        {record.isError && <ErrorMessage error={record.error} />}
        {saved && (
          <p className="notice notice--success" role="status">
            Employer contact recorded.
          </p>
        )}
        <button type="submit" className="button" disabled={record.isPending}>
          Record employer contact
        </button>
      </form>
      <NewEmployerForm />
    </>
  );
}
