import { Link } from 'react-router';
import type { CarerShareScope } from '../../shared/api/labels';
import { useCaredFor } from '../api/use-cared-for';
import { ErrorMessage } from '../components/error-message';
import { LoadingMessage } from '../components/loading-message';
import { usePageTitle } from '../components/use-page-title';

const SCOPE_LABELS: Record<CarerShareScope, string> = {
  care_team: 'who is in their care team',
  contacts: 'their contacts with the team',
};

/** A carer's home: the people they support, and what each has chosen to share with them. */
export function CaredForPage() {
  usePageTitle('People I care for');
  const caredFor = useCaredFor();
  return (
    <>
      <h1>People I care for</h1>
      <p className="lead">Each person chooses what you can see, and can change it at any time.</p>
      {caredFor.isPending && <LoadingMessage what="the people you care for" />}
      {caredFor.isError && <ErrorMessage error={caredFor.error} />}
      {caredFor.data && caredFor.data.people.length === 0 && (
        <p className="empty-state">Nobody has linked you as their carer yet. Their care team can help with this.</p>
      )}
      {caredFor.data && caredFor.data.people.length > 0 && (
        <ul className="card-list">
          {caredFor.data.people.map((person) => (
            <li key={person.personId} className="card">
              <h2 className="card__title">{person.name}</h2>
              <p>You are their {person.relationship.toLowerCase()}.</p>
              <p>
                {person.sharedScopes.length === 0
                  ? `${person.name} shares their team and how to reach it, but nothing more.`
                  : `${person.name} shares ${person.sharedScopes.map((scope) => SCOPE_LABELS[scope]).join(' and ')}.`}
              </p>
              <p>
                <Link to={`/people/${person.personId}`}>
                  See what {person.name} shares<span className="visually-hidden"> with you</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
