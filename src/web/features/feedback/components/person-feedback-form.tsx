import '../../meetings/meetings.css';
import { useState, type FormEvent } from 'react';
import { FEEDBACK_VISIBILITIES, type FeedbackVisibility } from '../../../../shared/api/feedback.schema';
import type { InstrumentDto } from '../../../../shared/api/instruments.responses';
import { useGiveFeedback } from '../api/use-give-feedback';
import { ErrorMessage } from '../../../ui/error-message';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import { useAnnounce } from '../../../ui/live-announcer';
import { RatingScaleGroup } from '../../../ui/fields/rating-scale-group';
import { useFocusOutcome } from '../../../hooks/use-focus-outcome';

// Said from the person's side: the labels in the shared code describe the setting, these ask for a choice.
const VISIBILITY_CHOICES: Record<FeedbackVisibility, string> = {
  individual: 'Show my answers to my worker now',
  aggregate: 'Only in an average of several answers',
};

interface PersonFeedbackFormProps {
  personId: string;
  meetingId: string;
  instrument: InstrumentDto;
  defaultVisibility: FeedbackVisibility;
  headingLevel?: 'h2' | 'h3';
  onDone?: () => void;
  /** For a list that drops the meeting once answered, and so must say thank you itself. */
  onSaved?: (visibility: FeedbackVisibility) => void;
}

/** The person's five quick questions about a meeting, and who may see the answers. */
export function PersonFeedbackForm({
  personId,
  meetingId,
  instrument,
  defaultVisibility,
  headingLevel = 'h2',
  onDone,
  onSaved,
}: PersonFeedbackFormProps) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [visibility, setVisibility] = useState<FeedbackVisibility>(defaultVisibility);
  const give = useGiveFeedback('person', personId, meetingId);
  const announce = useAnnounce();
  const { doneRef, formRef } = useFocusOutcome<HTMLParagraphElement>(give);
  const Heading = headingLevel;
  const headingId = `feedback-heading-${meetingId}`;

  if (give.isSuccess) {
    return (
      <div className="card">
        <p className="notice notice--success" ref={doneRef} tabIndex={-1}>
          Thank you. Your feedback is saved.
          {visibility === 'individual'
            ? ' Your worker can see your answers.'
            : ' Your worker will see it only in an average of several answers.'}
        </p>
        {onDone && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            Done
          </button>
        )}
      </div>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    give.mutate(
      {
        response: {
          instrumentId: instrument.id,
          version: instrument.version,
          answers: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
        },
        visibility,
      },
      {
        onSuccess: () => {
          announce('Feedback saved. Thank you.');
          onSaved?.(visibility);
        },
      },
    );
  };

  return (
    <form className="form card" aria-labelledby={headingId} onSubmit={onSubmit} ref={formRef} noValidate>
      <Heading id={headingId} tabIndex={-1}>
        {instrument.title}
      </Heading>
      <p className="muted">Five quick questions. Answer as many as you like.</p>
      {instrument.items.map((item) => {
        const scale = instrument.scales.find((s) => s.id === item.scaleId);
        if (!scale || scale.kind !== 'likert') return null;
        return (
          <RatingScaleGroup
            key={item.id}
            legend={item.text ?? item.label}
            name={`feedback-${meetingId}-${item.id}`}
            min={scale.min}
            max={scale.max}
            anchors={scale.anchors}
            value={answers[item.id] ?? null}
            onChange={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
          />
        );
      })}
      <ChoiceGroup
        legend="Who sees these answers?"
        name={`feedback-visibility-${meetingId}`}
        options={FEEDBACK_VISIBILITIES}
        labels={VISIBILITY_CHOICES}
        value={visibility}
        onChange={setVisibility}
      />
      {give.isError && <ErrorMessage error={give.error} title="Your feedback was not saved" />}
      <button type="submit" className="button" disabled={give.isPending}>
        {give.isPending ? 'Sending…' : 'Send feedback'}
      </button>
    </form>
  );
}
