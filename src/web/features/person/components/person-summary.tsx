import type { PersonResponse } from '../../../../shared/api/people.responses';
import { formatDate } from '../../../ui/format/format-date';
import { CoordinatorChanges } from '../../care-team/components/coordinator-changes';
import { ReviewDue } from '../../reviews/components/review-due';
import { SummaryRow } from '../../../ui/summary-row';

/** The facts at the top of a record: team, care coordinator, next review, continuity. */
export function PersonSummary({ record }: { record: PersonResponse }) {
  const { person, currentCareCoordinator, nextReview } = record;
  return (
    <dl className="summary-list">
      {record.identifier && <SummaryRow term={record.identifier.label}>{record.identifier.value}</SummaryRow>}
      <SummaryRow term="Team">{person.teamName || <span className="muted">Not known</span>}</SummaryRow>
      {record.careTeam !== null && (
        <SummaryRow term="Care coordinator">
          {currentCareCoordinator ? (
            <>
              {currentCareCoordinator.workerName}
              <span className="muted"> since {formatDate(currentCareCoordinator.startsOn)}</span>
            </>
          ) : (
            <span className="muted">None at the moment</span>
          )}
        </SummaryRow>
      )}
      {person.dateOfBirth && (
        <SummaryRow term="Date of birth">
          <time dateTime={person.dateOfBirth}>{formatDate(person.dateOfBirth)}</time>
        </SummaryRow>
      )}
      <SummaryRow term="Next review">
        <ReviewDue dueOn={nextReview?.dueOn ?? null} />
      </SummaryRow>
      <SummaryRow term="Care coordinators in the last 12 months">
        <CoordinatorChanges count={record.careCoordinatorsLast12Months} changedOn={record.recentCoordinatorChangeOn} />
      </SummaryRow>
    </dl>
  );
}
