import { CARE_TEAM_ROLE_LABELS, CARE_TEAM_ROLES, type CareTeamRole } from '../../../../shared/api/labels';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import type { useCareTeamChanges } from '../api/use-care-team-changes';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { CareTeamChangeForm } from './care-team-change-form';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';

interface AddMembershipFormProps {
  workers: OrganisationResponse['workers'];
  mutation: ReturnType<typeof useCareTeamChanges>['addMember'];
}

const ROLE_OPTIONS = CARE_TEAM_ROLES.map((role) => ({ value: role, label: CARE_TEAM_ROLE_LABELS[role] }));

/** Adds a worker to the person's care team in a role, from a date. */
export function AddMembershipForm({ workers, mutation }: AddMembershipFormProps) {
  return (
    <CareTeamChangeForm
      title="Add someone to the care team"
      submitLabel="Add to the care team"
      successMessage="Added to the care team."
      mutation={mutation}
      toBody={(form) => ({
        workerId: formRequired(form, 'workerId'),
        role: formRequired(form, 'role') as CareTeamRole,
        startsOn: formText(form, 'startsOn') ?? undefined,
      })}
    >
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
    </CareTeamChangeForm>
  );
}
