import { useState, type FormEvent } from 'react';
import type { HandoverDto } from '../../../../shared/api/handovers.responses';
import { JOINT_MEETING_LABELS, JOINT_MEETING_STATES, type JointMeetingState } from '../../../../shared/api/labels';
import { useFormResult } from '../../../hooks/use-form-result';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { FormFeedback } from '../../../ui/form-feedback';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { useRecordJointMeeting } from '../api/use-handovers';

/** Whether the joint meeting with both workers happened, and when. */
export function JointMeetingForm({ handover }: { handover: HandoverDto }) {
  const [state, setState] = useState<JointMeetingState>(handover.jointMeeting);
  const [on, setOn] = useState(handover.jointMeetingOn ?? todayIsoDate());
  const save = useRecordJointMeeting(handover.personId, handover.id);
  const result = useFormResult();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    save.mutate(
      { version: handover.version, jointMeeting: state, jointMeetingOn: state === 'held' ? on : null },
      { onSuccess: () => result.succeeded('Joint meeting recorded.') },
    );
  };
  return (
    <form onSubmit={submit} className="form">
      <div className="form-grid">
        <SelectField
          label="Joint meeting with both workers"
          value={state}
          onChange={(event) => setState(event.target.value as JointMeetingState)}
          options={JOINT_MEETING_STATES.map((value) => ({ value, label: JOINT_MEETING_LABELS[value] }))}
        />
        {state === 'held' && (
          <TextField
            label="Day it was held"
            type="date"
            value={on}
            max={todayIsoDate()}
            onChange={(e) => setOn(e.target.value)}
          />
        )}
      </div>
      <FormFeedback error={save.error} success={result.success} ref={result.feedbackRef} />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          Record the joint meeting
        </button>
      </div>
    </form>
  );
}
