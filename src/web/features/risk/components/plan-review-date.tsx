import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../ui/error-message';
import { TextField } from '../../../ui/fields/text-field';
import { formatDate } from '../../../ui/format/format-date';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { useAnnounce } from '../../../ui/live-announcer';
import { usePositiveRiskPlanReview, useSetPositiveRiskPlanReview } from '../api/use-positive-risk-plan-review';

interface PlanReviewDateProps {
  personId: string;
  /** "Jo", or null when the person reads their own plan. */
  otherPersonName: string | null;
  canWrite: boolean;
  /** Whether anything has been written in the plan yet: the date belongs to a plan. */
  hasPlan: boolean;
}

/** When the positive risk-taking plan will be looked at again: a date both sides can see and set. */
export function PlanReviewDate({ personId, otherPersonName, canWrite, hasPlan }: PlanReviewDateProps) {
  const review = usePositiveRiskPlanReview(personId);
  // Held here, not in the form, so a refusal (409: changed meanwhile) stays on screen as the form resets to the current date.
  const save = useSetPositiveRiskPlanReview(personId);
  const reviewOn = review.data?.reviewOn ?? null;
  return (
    <section className="section card" aria-labelledby="plan-review-heading">
      <h2 id="plan-review-heading">When we look at it again</h2>
      {review.isError && <ErrorMessage error={review.error} />}
      {review.data &&
        (reviewOn ? (
          <p>
            Review on{' '}
            <strong>
              <time dateTime={reviewOn}>{formatDate(reviewOn)}</time>
            </strong>
            {review.data.updatedBy && <span className="muted"> (set by {review.data.updatedBy})</span>}
          </p>
        ) : (
          <p>No review date yet.</p>
        ))}
      {canWrite && review.data && hasPlan && <ReviewDateForm save={save} current={reviewOn} key={reviewOn ?? 'none'} />}
      {canWrite && review.data && !hasPlan && (
        <p className="muted">
          Write the plan first, then choose when{' '}
          {otherPersonName ? `you and ${otherPersonName}` : 'you and your care team'} will look at it again.
        </p>
      )}
    </section>
  );
}

function ReviewDateForm({
  save,
  current,
}: {
  save: ReturnType<typeof useSetPositiveRiskPlanReview>;
  current: string | null;
}) {
  const announce = useAnnounce();
  const [reviewOn, setReviewOn] = useState(current ?? '');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reviewOn) {
      setError('Choose a review date.');
      return;
    }
    setError(undefined);
    save.mutate(
      { reviewOn, previousReviewOn: current },
      { onSuccess: (saved) => announce(`The review date is now ${formatDate(saved.reviewOn ?? reviewOn)}.`) },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form-stack">
      <TextField
        label="Review date"
        hint="From today to two years ahead."
        type="date"
        value={reviewOn}
        min={todayIsoDate()}
        onChange={(event) => setReviewOn(event.target.value)}
        error={error}
        required
      />
      {save.isError && <ErrorMessage error={save.error} title="Not saved" />}
      <button type="submit" className="button" disabled={save.isPending}>
        Save the review date
      </button>
    </form>
  );
}
