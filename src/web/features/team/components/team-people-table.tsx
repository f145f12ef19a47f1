import { AppLink } from '../../navigation/components/app-link';
import { personPath } from '../../../app-pages';
import type { TeamResponse } from '../../../../shared/api/people.responses';
import { ReviewDue } from '../../reviews/components/review-due';

/** The team's people with their care coordinator and next review. */
export function TeamPeopleTable({ people }: { people: TeamResponse['people'] }) {
  if (people.length === 0) return <p className="empty-state">Nobody is in this team yet.</p>;
  return (
    <table className="table stacked-table">
      <caption>{people.length === 1 ? '1 person' : `${people.length} people`} supported by the team</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Care coordinator</th>
          <th scope="col">Next review</th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row" className="stacked-table__title">
              <AppLink to={personPath(person.id)} fallback={person.name}>
                {person.name}
              </AppLink>
            </th>
            <td data-label="Care coordinator">
              {person.careCoordinator ?? <span className="text-warning">None: needs a care coordinator</span>}
            </td>
            <td data-label="Next review">
              <ReviewDue dueOn={person.nextReviewDue} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
