import type { PersonResponse } from '../../../../shared/api/people.responses';
import { formatDate } from '../../../ui/format/format-date';
import { CoordinatorChanges } from '../../care-team/components/coordinator-changes';
import { ReviewDue } from '../../reviews/components/review-due';

/** The facts at the top of a record: team, care coordinator, next review, continuity. */
export function PersonSummary({ record }: { record: PersonResponse }) {
  const { person, currentCareCoordinator, nextReview } = record;
  return (
    <dl className="summary-list">
      {record.identifier && (
        <div className="summary-list__row">
          <dt>{record.identifier.label}</dt>
          <dd>{record.identifier.value}</dd>
        </div>
      )}
      <div className="summary-list__row">
        <dt>Team</dt>
        <dd>{person.teamName || <span className="muted">Not known</span>}</dd>
      </div>
      {record.careTeam !== null && (
        <div className="summary-list__row">
          <dt>Care coordinator</dt>
          <dd>
            {currentCareCoordinator ? (
              <>
                {currentCareCoordinator.workerName}
                <span className="muted"> since {formatDate(currentCareCoordinator.startsOn)}</span>
              </>
            ) : (
              <span className="muted">None at the moment</span>
            )}
          </dd>
        </div>
      )}
      {person.dateOfBirth && (
        <div className="summary-list__row">
          <dt>Date of birth</dt>
          <dd>
            <time dateTime={person.dateOfBirth}>{formatDate(person.dateOfBirth)}</time>
          </dd>
        </div>
      )}
      <div className="summary-list__row">
        <dt>Next review</dt>
        <dd>
          <ReviewDue dueOn={nextReview?.dueOn ?? null} />
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Care coordinators in the last 12 months</dt>
        <dd>
          <CoordinatorChanges
            count={record.careCoordinatorsLast12Months}
            changedOn={record.recentCoordinatorChangeOn}
          />
        </dd>
      </div>
    </dl>
  );
}
