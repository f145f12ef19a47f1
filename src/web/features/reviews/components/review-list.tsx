import type { ReviewDto } from '../../../../shared/api/reviews.responses';
import { formatDate, formatDateTime } from '../../../ui/format/format-date';
import { ReviewDue } from './review-due';

const ATTENDEE_KIND_LABELS = { person: 'the person', carer: 'carer', worker: 'worker', other: null } as const;

/** The next review due, then each held review with who was there and what changed, newest first. */
export function ReviewList({ reviews, personName }: { reviews: readonly ReviewDto[]; personName: string }) {
  const upcoming = reviews.filter((r) => r.heldOn === null).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const held = reviews.filter((r) => r.heldOn !== null).sort((a, b) => (b.heldOn ?? '').localeCompare(a.heldOn ?? ''));
  const next = upcoming[0];
  return (
    <>
      <section className="section" aria-labelledby="next-review-heading">
        <h2 id="next-review-heading">Next review</h2>
        {next ? (
          <p>
            Due on <ReviewDue dueOn={next.dueOn} />. The date follows the team’s review cadence from the last review
            held.
          </p>
        ) : (
          <p className="muted">No review is booked for {personName}. Recording a review books the next one.</p>
        )}
      </section>
      <section className="section" aria-labelledby="past-reviews-heading">
        <h2 id="past-reviews-heading">Past reviews</h2>
        {held.length === 0 && <p className="empty-state">No review has been recorded yet.</p>}
        <ul className="card-list review-list">
          {held.map((review) => (
            <li key={review.id} className="card">
              <h3>
                Review held on{' '}
                <time dateTime={review.heldOn ?? undefined}>{formatDate(review.heldOn ?? review.dueOn)}</time>
              </h3>
              {review.outcome && (
                <>
                  <h4>Who was there</h4>
                  <ul className="review-list__attendees">
                    {review.outcome.attendees.map((a, index) => (
                      <li key={`${a.kind}-${a.workerId ?? a.carerId ?? a.name}-${index}`}>
                        {a.name}
                        {ATTENDEE_KIND_LABELS[a.kind] && (
                          <span className="muted"> ({ATTENDEE_KIND_LABELS[a.kind]})</span>
                        )}
                      </li>
                    ))}
                  </ul>
                  {review.outcome.whatChanged !== null && (
                    <>
                      <h4>What changed</h4>
                      <p className="review-list__changed">{review.outcome.whatChanged}</p>
                    </>
                  )}
                  <p className="muted">
                    Recorded by {review.outcome.recordedBy} on {formatDateTime(review.outcome.recordedAt)}
                    {review.outcome.carePlanVersion !== null &&
                      `, about plan version ${review.outcome.carePlanVersion}`}
                    .
                  </p>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
