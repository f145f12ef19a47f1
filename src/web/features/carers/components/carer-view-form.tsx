import { useState, type FormEvent } from 'react';
import type { InstrumentDto } from '../../../../shared/api/instruments.responses';
import { CARER_VIEW_LIMITS } from '../../../../shared/api/carer-views.schema';
import { useFormResult } from '../../../hooks/use-form-result';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { RatingScaleGroup } from '../../../ui/fields/rating-scale-group';
import { FormFeedback } from '../../../ui/form-feedback';
import { formatDate } from '../../../ui/format/format-date';
import { useGiveCarerView } from '../api/use-carer-views';

/** A carer's four quick questions about a review they were at, a few words, and whether the person may read them. */
export function CarerViewForm(props: {
  personId: string;
  personName: string;
  reviewId: string;
  heldOn: string;
  instrument: InstrumentDto;
}) {
  const { personId, personName, reviewId, heldOn, instrument } = props;
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [shared, setShared] = useState(false);
  const give = useGiveCarerView(personId, reviewId);
  const result = useFormResult();
  const headingId = `carer-view-${reviewId}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    give.mutate(
      {
        response: {
          instrumentId: instrument.id,
          version: instrument.version,
          answers: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
        },
        comment: comment.trim() === '' ? null : comment,
        sharedWithPerson: shared,
      },
      { onSuccess: () => result.succeeded('Thank you. The care team can read your view.') },
    );
  };
  return (
    <form className="form card" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>Your view of the review on {formatDate(heldOn)}</h3>
      <p className="muted">
        Four quick questions about the meeting and being involved. The care team reads your answers. {personName} sees
        that you gave a view, and reads what you said only if you let them.
      </p>
      {instrument.items.map((item) => {
        const scale = instrument.scales.find((s) => s.id === item.scaleId);
        if (!scale || scale.kind !== 'likert') return null;
        return (
          <RatingScaleGroup
            key={item.id}
            legend={item.text ?? item.label}
            name={`carer-view-${reviewId}-${item.id}`}
            min={scale.min}
            max={scale.max}
            anchors={scale.anchors}
            value={answers[item.id] ?? null}
            onChange={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
          />
        );
      })}
      <TextAreaField
        label="Anything else the care team should know"
        isOptional
        maxLength={CARER_VIEW_LIMITS.maxCommentCharacters}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} /> Let{' '}
        {personName} read what I said
      </label>
      <FormFeedback error={give.error} success={result.success} ref={result.feedbackRef} />
      <button type="submit" className="button" disabled={give.isPending || give.isSuccess}>
        {give.isPending ? 'Sending…' : 'Send my view'}
      </button>
    </form>
  );
}
