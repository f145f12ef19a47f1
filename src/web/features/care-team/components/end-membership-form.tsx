import {
  CARE_TEAM_ROLE_LABELS,
  MEMBERSHIP_END_REASON_LABELS,
  MEMBERSHIP_END_REASONS,
  type MembershipEndReason,
} from '../../../../shared/api/labels';
import type { MembershipDto } from '../../../../shared/api/care-team.responses';
import type { useCareTeamChanges } from '../api/use-care-team-changes';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { CareTeamChangeForm } from './care-team-change-form';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { CARE_TEAM_LIMITS } from '../../../../shared/api/care-team.schema';

interface EndMembershipFormProps {
  members: MembershipDto[];
  mutation: ReturnType<typeof useCareTeamChanges>['endMembership'];
}

export const END_REASON_OPTIONS = MEMBERSHIP_END_REASONS.map((reason) => ({
  value: reason,
  label: MEMBERSHIP_END_REASON_LABELS[reason],
}));

/** Ends one membership with a reason and, ideally, a handover note for whoever follows. */
export function EndMembershipForm({ members, mutation }: EndMembershipFormProps) {
  const current = members.filter((member) => member.isActive);
  if (current.length === 0) return null;
  return (
    <CareTeamChangeForm
      title="End a membership"
      submitLabel="End membership"
      successMessage="The membership has ended. It stays in the care-team history."
      mutation={mutation}
      toBody={(form) => ({
        membershipId: formRequired(form, 'membershipId'),
        endReason: formRequired(form, 'endReason') as MembershipEndReason,
        endsOn: formText(form, 'endsOn') ?? undefined,
        endNote: formText(form, 'endNote'),
        handoverNote: formText(form, 'handoverNote'),
      })}
    >
      <SelectField
        label="Whose membership"
        name="membershipId"
        required
        placeholder="Choose someone"
        options={current.map((m) => ({ value: m.id, label: `${m.workerName}, ${CARE_TEAM_ROLE_LABELS[m.role]}` }))}
      />
      <SelectField
        label="Why it is ending"
        name="endReason"
        required
        placeholder="Choose a reason"
        options={END_REASON_OPTIONS}
      />
      <TextAreaField
        label="More about why"
        name="endNote"
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
        hint="What the person and whoever follows should know."
      />
      <TextField
        label="Ends on"
        name="endsOn"
        type="date"
        hint="The first day they are no longer in the care team."
        defaultValue={todayIsoDate()}
        className="field--short"
      />
    </CareTeamChangeForm>
  );
}
