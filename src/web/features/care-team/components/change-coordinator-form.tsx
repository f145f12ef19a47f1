import type { MembershipEndReason } from '../../../../shared/api/labels';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import type { useCareTeamChanges } from '../api/use-care-team-changes';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { END_REASON_OPTIONS } from './end-membership-form';
import { CareTeamChangeForm } from './care-team-change-form';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { CARE_TEAM_LIMITS } from '../../../../shared/api/care-team.schema';

interface ChangeCoordinatorFormProps {
  workers: OrganisationResponse['workers'];
  currentCoordinatorWorkerId: string | null;
  mutation: ReturnType<typeof useCareTeamChanges>['changeCoordinator'];
}

/** Hands care coordination to another worker: a planned change with a reason and a handover note. */
export function ChangeCoordinatorForm({ workers, currentCoordinatorWorkerId, mutation }: ChangeCoordinatorFormProps) {
  const candidates = workers.filter((w) => !w.leftOn && w.id !== currentCoordinatorWorkerId);
  return (
    <CareTeamChangeForm
      title="Change the care coordinator"
      submitLabel="Change care coordinator"
      successMessage="The care coordinator has changed."
      mutation={mutation}
      toBody={(form) => ({
        newWorkerId: formRequired(form, 'newWorkerId'),
        reason: formRequired(form, 'reason') as MembershipEndReason,
        on: formText(form, 'on') ?? undefined,
        note: formText(form, 'note'),
        handoverNote: formText(form, 'handoverNote'),
      })}
    >
      <SelectField
        label="New care coordinator"
        name="newWorkerId"
        required
        placeholder="Choose a worker"
        options={candidates.map((w) => ({ value: w.id, label: `${w.name} (${w.profession})` }))}
      />
      <SelectField
        label="Why the change"
        name="reason"
        required
        placeholder="Choose a reason"
        options={END_REASON_OPTIONS}
      />
      <TextAreaField
        label="More about why"
        name="note"
        maxLength={CARE_TEAM_LIMITS.maxNote}
        isOptional
        hint="Needed when the reason is “Other”."
        rows={2}
      />
      <TextAreaField
        label="Handover note"
        name="handoverNote"
        maxLength={CARE_TEAM_LIMITS.maxHandoverNote}
        isOptional
        hint="What the new care coordinator should know; the person will see it too."
      />
      <TextField label="From" name="on" type="date" defaultValue={todayIsoDate()} className="field--short" />
    </CareTeamChangeForm>
  );
}
