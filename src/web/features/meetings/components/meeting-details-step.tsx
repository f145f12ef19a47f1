import { CONTACT_MODE_LABELS, CONTACT_MODES, type ContactMode } from '../../../../shared/api/labels';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import { DurationField } from '../../../ui/fields/duration-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { CONTACT_LIMITS } from '../../../../shared/api/labels';

interface MeetingDetailsStepProps {
  durationMinutes: string;
  mode: ContactMode | null;
  beyondRoutineNote: string;
  onChange: (patch: { durationMinutes?: string; mode?: ContactMode; beyondRoutineNote?: string }) => void;
  errors: { durationMinutes?: string; mode?: string };
}

/** How long, where, and whether the worker went beyond routine: what makes the meeting a contact. */
export function MeetingDetailsStep({
  durationMinutes,
  mode,
  beyondRoutineNote,
  onChange,
  errors,
}: MeetingDetailsStepProps) {
  return (
    <>
      <DurationField
        value={durationMinutes}
        onChange={(value) => onChange({ durationMinutes: value })}
        error={errors.durationMinutes}
      />
      <ChoiceGroup
        legend="Where or how"
        name="meeting-mode"
        options={CONTACT_MODES}
        labels={CONTACT_MODE_LABELS}
        value={mode}
        onChange={(value) => onChange({ mode: value })}
        error={errors.mode}
      />
      <TextAreaField
        label="Went beyond routine?"
        hint="A walk, an errand, a different time or place: say what, so it is counted rather than hidden."
        isOptional
        maxLength={CONTACT_LIMITS.maxBeyondRoutineNoteLength}
        value={beyondRoutineNote}
        onChange={(event) => onChange({ beyondRoutineNote: event.target.value })}
      />
    </>
  );
}
