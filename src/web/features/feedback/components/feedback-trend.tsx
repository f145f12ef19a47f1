import type { RelationshipTrendDto, VisibleScoreDto } from '../../../../shared/api/feedback.responses';
import { formatDate } from '../../../ui/format/format-date';

const score = (value: number) => value.toFixed(1);

function PersonScore({ view }: { view: VisibleScoreDto }) {
  if (view.status === 'given' && view.score !== null) return <>{score(view.score)}</>;
  if (view.status === 'private') return <span className="muted">Given, shown only in the average</span>;
  return <span className="muted">Not given</span>;
}

function WorkerScore({ view }: { view: VisibleScoreDto | null }) {
  if (view?.status === 'given' && view.score !== null) return <>{score(view.score)}</>;
  return <span className="muted">Not given</span>;
}

/**
 * Both sides' view of each meeting in one relationship, oldest first, as the person chose to share
 * theirs: each answer they chose to show, or only that they answered and, once there are enough
 * answers, the average of them. Scores are means from 1 (not at all) to 5 (completely).
 */
export function FeedbackTrend({
  relationship,
  personName,
}: {
  relationship: RelationshipTrendDto;
  personName: string;
}) {
  const { points, personAggregate } = relationship;
  return (
    <div className="feedback-trend">
      <table className="table stacked-table">
        <caption>
          How meetings between {personName} and {relationship.workerName} went, from each side (mean of 1–5, higher is
          better)
        </caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            <th scope="col">{personName}’s feedback</th>
            <th scope="col">{relationship.workerName}’s view</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.meetingId}>
              <th scope="row" className="stacked-table__title">
                <time dateTime={point.occurredAt}>{formatDate(point.occurredAt.slice(0, 10))}</time>
              </th>
              <td data-label={`${personName}’s feedback`}>
                <PersonScore view={point.person} />
              </td>
              <td data-label={`${relationship.workerName}’s view`}>
                <WorkerScore view={point.worker} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {personAggregate ? (
        <p>
          Average of {personName}’s {personAggregate.count} answers shared only in the average:{' '}
          <strong>{score(personAggregate.mean)}</strong>
        </p>
      ) : (
        points.some((point) => point.person.status === 'private') && (
          <p className="muted">
            {personName} chose to share their answers only as an average, which is shown once there are enough of them.
          </p>
        )
      )}
    </div>
  );
}
