import { useState, type FormEvent } from 'react';
import { DISCHARGE_REASONS, DISCHARGE_REASON_LABELS, type DischargeReason } from '../../../../shared/api/labels';
import { PERSON_LIMITS } from '../../../../shared/api/people.schema';
import type { PersonResponse } from '../../../../shared/api/people.responses';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { useDischargePerson, useEditPersonDetails } from '../api/use-person-changes';

/** For the care team and administrators: change the person's details, or discharge them. */
export function PersonDetailsEditor({ record }: { record: PersonResponse }) {
  const { person } = record;
  const edit = useEditPersonDetails(person.id);
  const discharge = useDischargePerson(person.id);
  const [name, setName] = useState(person.name);
  const [preferredName, setPreferredName] = useState(person.preferredName ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(person.dateOfBirth ?? '');
  const [identifier, setIdentifier] = useState(record.identifier?.value ?? person.localIdentifier ?? '');
  const [reason, setReason] = useState<DischargeReason | ''>('');
  const [note, setNote] = useState('');
  const identifierLabel = record.identifier?.label ?? 'NHS number or service number';

  const save = (event: FormEvent) => {
    event.preventDefault();
    edit.mutate({
      version: person.version,
      name,
      preferredName: preferredName || null,
      dateOfBirth: dateOfBirth || null,
      localIdentifier: identifier || null,
    });
  };
  const leave = (event: FormEvent) => {
    event.preventDefault();
    if (reason) discharge.mutate({ version: person.version, reason, note: note || null });
  };

  return (
    <details className="details section">
      <summary>Change details or discharge</summary>
      <form onSubmit={save} noValidate aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <TextField
          label="Name"
          value={name}
          maxLength={PERSON_LIMITS.maxName}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <TextField
          label="Preferred name"
          isOptional
          value={preferredName}
          maxLength={PERSON_LIMITS.maxName}
          onChange={(e) => setPreferredName(e.target.value)}
        />
        <TextField
          label="Date of birth"
          isOptional
          type="date"
          value={dateOfBirth}
          onChange={(e) => setDateOfBirth(e.target.value)}
        />
        <TextField
          label={identifierLabel}
          isOptional
          value={identifier}
          maxLength={PERSON_LIMITS.maxIdentifier}
          inputMode={identifierLabel === 'NHS number' ? 'numeric' : undefined}
          onChange={(e) => setIdentifier(e.target.value)}
        />
        {edit.isError && <ErrorMessage error={edit.error} title="The details were not saved" />}
        {edit.isSuccess && <p role="status">The details were saved.</p>}
        <button type="submit" className="button" disabled={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save details'}
        </button>
      </form>
      <form onSubmit={leave} noValidate aria-labelledby="discharge-heading" className="section">
        <h2 id="discharge-heading">Discharge from the service</h2>
        <p className="muted">The care team ends today and the record is kept, read-only. This cannot be undone here.</p>
        <SelectField
          label="Why is the person leaving the service?"
          placeholder="Choose a reason"
          options={DISCHARGE_REASONS.map((value) => ({ value, label: DISCHARGE_REASON_LABELS[value] }))}
          value={reason}
          onChange={(e) => setReason(e.target.value as DischargeReason | '')}
          required
        />
        <TextField
          label="Note"
          isOptional={reason !== 'other'}
          value={note}
          maxLength={PERSON_LIMITS.maxDischargeNote}
          onChange={(e) => setNote(e.target.value)}
        />
        {discharge.isError && <ErrorMessage error={discharge.error} title="The person was not discharged" />}
        <button type="submit" className="button button--secondary" disabled={discharge.isPending || !reason}>
          {discharge.isPending ? 'Discharging…' : 'Discharge'}
        </button>
      </form>
    </details>
  );
}
