import { useState, type FormEvent } from 'react';
import type { PersonHandoversResponse } from '../../../../shared/api/handovers.responses';
import {
  HANDOVER_NOTE_MAX,
  MEMBERSHIP_END_REASONS,
  MEMBERSHIP_END_REASON_LABELS,
  type MembershipEndReason,
} from '../../../../shared/api/labels';
import { useFormResult } from '../../../hooks/use-form-result';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { FormFeedback } from '../../../ui/form-feedback';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { usePlanHandover } from '../api/use-handovers';

/** Plans a change of care coordinator ahead; the person is told on their page straight away. */
export function PlanHandoverForm({
  personId,
  candidates,
}: {
  personId: string;
  candidates: PersonHandoversResponse['candidates'];
}) {
  const [toWorkerId, setToWorkerId] = useState('');
  const [handoverOn, setHandoverOn] = useState('');
  const [reason, setReason] = useState<MembershipEndReason | ''>('');
  const [workerNote, setWorkerNote] = useState('');
  const plan = usePlanHandover(personId);
  const result = useFormResult();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    if (!reason) return;
    plan.mutate(
      { toWorkerId, handoverOn, reason, workerNote: workerNote.trim() || null },
      { onSuccess: () => result.succeeded('Handover planned. The person sees it on their page now.') },
    );
  };
  return (
    <form onSubmit={submit} className="form" aria-labelledby="plan-handover-heading">
      <h3 id="plan-handover-heading">Plan a change of care coordinator</h3>
      <div className="form-grid">
        <SelectField
          label="New care coordinator"
          required
          placeholder="Choose a worker"
          value={toWorkerId}
          onChange={(event) => setToWorkerId(event.target.value)}
          options={candidates.map((w) => ({ value: w.id, label: `${w.name} (${w.profession})` }))}
        />
        <TextField
          label="Handover day"
          type="date"
          required
          min={todayIsoDate()}
          value={handoverOn}
          onChange={(event) => setHandoverOn(event.target.value)}
        />
        <SelectField
          label="Reason"
          required
          placeholder="Choose a reason"
          value={reason}
          onChange={(event) => setReason(event.target.value as MembershipEndReason)}
          options={MEMBERSHIP_END_REASONS.map((value) => ({ value, label: MEMBERSHIP_END_REASON_LABELS[value] }))}
        />
      </div>
      <TextAreaField
        label="Handover note"
        hint="What the new worker should know. The person reads this too, and can add their own words."
        isOptional
        rows={4}
        maxLength={HANDOVER_NOTE_MAX}
        value={workerNote}
        onChange={(event) => setWorkerNote(event.target.value)}
      />
      <FormFeedback error={plan.error} success={result.success} ref={result.feedbackRef} />
      <div className="button-row">
        <button type="submit" className="button" disabled={plan.isPending}>
          Plan the handover
        </button>
      </div>
    </form>
  );
}
