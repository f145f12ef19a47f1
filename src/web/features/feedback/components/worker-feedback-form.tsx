import '../../meetings/meetings.css';
import { useEffect, useState, type FormEvent } from 'react';
import type { InstrumentDto } from '../../../../shared/api/instruments.responses';
import { useGiveFeedback } from '../api/use-give-feedback';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { RatingScaleGroup } from '../../../ui/fields/rating-scale-group';
import { useFocusOutcome } from '../../../hooks/use-focus-outcome';

interface WorkerFeedbackFormProps {
  personId: string;
  meetingId: string;
  /** Tandem's worker-side meeting questionnaire. */
  instrument: InstrumentDto;
  personName: string;
  headingLevel?: 'h2' | 'h3' | 'h4' | 'h5';
  onSaved?: () => void;
  /** Moves focus to the form's heading when it appears in place of something else. */
  focusOnOpen?: boolean;
}

/** The worker's own view of a meeting, on the same questions as the person's, kept beside theirs per relationship. */
export function WorkerFeedbackForm({
  personId,
  meetingId,
  instrument,
  personName,
  headingLevel = 'h3',
  onSaved,
  focusOnOpen = false,
}: WorkerFeedbackFormProps) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const give = useGiveFeedback('worker', personId, meetingId);
  const announce = useAnnounce();
  const { doneRef, formRef } = useFocusOutcome<HTMLParagraphElement>(give);
  const Heading = headingLevel;
  const headingId = `worker-feedback-heading-${meetingId}`;

  useEffect(() => {
    if (focusOnOpen) document.getElementById(headingId)?.focus();
  }, [focusOnOpen, headingId]);

  if (give.isSuccess) {
    return (
      <p className="notice notice--success" ref={doneRef} tabIndex={-1}>
        Your view of the meeting is saved. It sits beside {personName}’s feedback in the trend on their record.
      </p>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const response = {
      instrumentId: instrument.id,
      version: instrument.version,
      answers: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
    };
    give.mutate(
      { response },
      {
        onSuccess: () => {
          announce('Your view of the meeting is saved.');
          onSaved?.();
        },
      },
    );
  };

  return (
    <form className="form card" aria-labelledby={headingId} onSubmit={onSubmit} ref={formRef} noValidate>
      <Heading id={headingId} tabIndex={-1}>
        {instrument.title}
      </Heading>
      <p className="muted">
        Your own view of the meeting with {personName}. Answer as many as you like; {personName} does not see your
        answers.
      </p>
      {instrument.items.map((item) => {
        const scale = instrument.scales.find((s) => s.id === item.scaleId);
        if (!scale || scale.kind !== 'likert') return null;
        return (
          <RatingScaleGroup
            key={item.id}
            legend={item.text ?? item.label}
            name={`worker-feedback-${meetingId}-${item.id}`}
            min={scale.min}
            max={scale.max}
            anchors={scale.anchors}
            value={answers[item.id] ?? null}
            onChange={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
          />
        );
      })}
      {give.isError && <ErrorMessage error={give.error} title="Your view was not saved" />}
      <button type="submit" className="button" disabled={give.isPending}>
        {give.isPending ? 'Saving…' : 'Save my view'}
      </button>
    </form>
  );
}
