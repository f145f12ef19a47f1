import type { FormEvent } from 'react';
import { CARE_TEAM_ROLE_LABELS, CARE_TEAM_ROLES, type CareTeamRole } from '../../../../shared/api/labels';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import type { useCareTeamChanges } from '../api/use-care-team-changes';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { FormFeedback } from '../../../ui/form-feedback';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { useFormResult } from '../../../hooks/use-form-result';

interface AddMembershipFormProps {
  workers: OrganisationResponse['workers'];
  mutation: ReturnType<typeof useCareTeamChanges>['addMember'];
}

const ROLE_OPTIONS = CARE_TEAM_ROLES.map((role) => ({ value: role, label: CARE_TEAM_ROLE_LABELS[role] }));

/** Adds a worker to the person's care team in a role, from a date. */
export function AddMembershipForm({ workers, mutation }: AddMembershipFormProps) {
  const result = useFormResult();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    mutation.mutate(
      {
        workerId: formRequired(form, 'workerId'),
        role: formRequired(form, 'role') as CareTeamRole,
        startsOn: formText(form, 'startsOn') ?? undefined,
      },
      { onSuccess: () => result.succeeded('Added to the care team.', formElement) },
    );
  };
  return (
    <form className="form card" onSubmit={onSubmit}>
      <h3>Add someone to the care team</h3>
      <FormFeedback error={mutation.error} success={result.success} ref={result.feedbackRef} />
      <SelectField
        label="Worker"
        name="workerId"
        required
        placeholder="Choose a worker"
        options={workers.filter((w) => !w.leftOn).map((w) => ({ value: w.id, label: `${w.name} (${w.profession})` }))}
      />
      <SelectField
        label="Role in the care team"
        name="role"
        required
        placeholder="Choose a role"
        options={ROLE_OPTIONS}
      />
      <TextField label="From" name="startsOn" type="date" defaultValue={todayIsoDate()} className="field--short" />
      <button type="submit" className="button" disabled={mutation.isPending}>
        Add to the care team
      </button>
    </form>
  );
}
