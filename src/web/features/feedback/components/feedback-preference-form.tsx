import { useState, type FormEvent } from 'react';
import {
  FEEDBACK_VISIBILITIES,
  FEEDBACK_VISIBILITY_LABELS,
  type FeedbackVisibility,
} from '../../../../shared/api/feedback.schema';
import { useFeedbackPreference } from '../api/use-feedback-preference';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import { FormFeedback } from '../../../ui/form-feedback';
import { useFormResult } from '../../../hooks/use-form-result';

/** The person's standing choice of who sees their feedback answers; they may still choose per answer. */
export function FeedbackPreferenceForm({ personId, current }: { personId: string; current: FeedbackVisibility }) {
  const [visibility, setVisibility] = useState<FeedbackVisibility>(current);
  const save = useFeedbackPreference(personId);
  const result = useFormResult();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    result.reset();
    save.mutate({ visibility }, { onSuccess: () => result.succeeded('Your choice is saved.') });
  };
  return (
    <form className="form" aria-label="Who sees my feedback" onSubmit={onSubmit}>
      <ChoiceGroup
        legend="Usually, who sees my feedback answers?"
        name="feedback-preference"
        options={FEEDBACK_VISIBILITIES}
        labels={FEEDBACK_VISIBILITY_LABELS}
        value={visibility}
        onChange={setVisibility}
      />
      <FormFeedback error={save.error} success={result.success} ref={result.feedbackRef} />
      <button type="submit" className="button button--secondary" disabled={save.isPending}>
        Save my choice
      </button>
    </form>
  );
}
