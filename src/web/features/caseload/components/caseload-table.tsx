import { AppLink } from '../../navigation/components/app-link';
import { personPath } from '../../../app-pages';
import { CARE_TEAM_ROLE_LABELS } from '../../../../shared/api/labels';
import type { CaseloadEntryDto } from '../../../../shared/api/caseload.responses';
import { Badge } from '../../../ui/badge';
import { formatDate, formatDateTime } from '../../../ui/format/format-date';
import { capitalise } from '../../../ui/format/capitalise';
import { formatDaysAgo } from '../../../ui/format/format-days-ago';
import { personDisplayName } from '../../person/person-display-name';
import { CoordinatorChanges } from '../../care-team/components/coordinator-changes';
import { CarePlanNewsLine } from './care-plan-news-line';
import { ReviewDue } from '../../reviews/components/review-due';
import { RiskDiscussionLine } from './risk-discussion-line';

/** One row per person: their role for me, when I last saw them, their next review and continuity. */
export function CaseloadTable({
  people,
  of,
}: {
  people: CaseloadEntryDto[];
  /** All of them, when only some are shown. */ of?: number;
}) {
  const count = people.length === 1 ? '1 person' : `${people.length} people`;
  return (
    <table className="table stacked-table">
      <caption>{of === undefined ? `${count} in your care` : `${count} shown of ${of} in your care`}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Your role</th>
          <th scope="col">Last contact</th>
          <th scope="col">Next review</th>
          <th scope="col">Care coordinators in the last 12 months</th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.personId}>
            <th scope="row" className="stacked-table__title">
              <AppLink to={personPath(person.personId)} fallback={personDisplayName(person)}>
                {personDisplayName(person)}
              </AppLink>
              <CarePlanNewsLine person={person} name={person.preferredName ?? person.name} />
              <RiskDiscussionLine person={person} />
              {person.overdueQuestionnaires > 0 && (
                <span className="block">
                  <Badge tone="warning">
                    {person.overdueQuestionnaires === 1
                      ? '1 questionnaire overdue'
                      : `${person.overdueQuestionnaires} questionnaires overdue`}
                  </Badge>
                </span>
              )}
            </th>
            <td data-label="Your role">
              {CARE_TEAM_ROLE_LABELS[person.role]}
              <span className="muted small block">since {formatDate(person.memberSince)}</span>
            </td>
            <td data-label="Last contact">
              {person.lastContactAt && person.daysSinceLastContact !== null ? (
                <time dateTime={person.lastContactAt} title={formatDateTime(person.lastContactAt)}>
                  {capitalise(formatDaysAgo(person.daysSinceLastContact))}
                </time>
              ) : (
                <span className="muted">No contact yet</span>
              )}
            </td>
            <td data-label="Next review">
              <ReviewDue dueOn={person.nextReviewDue} status={person.reviewStatus} />
            </td>
            <td data-label="Care coordinators in the last 12 months">
              <CoordinatorChanges
                count={person.careCoordinatorsLast12Months}
                changedOn={person.recentCoordinatorChangeOn}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
