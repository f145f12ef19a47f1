import { Link } from 'react-router';
import type { PersonResponse } from '../../../../shared/api/people.responses';
import { CARER_SHARE_SCOPES } from '../../../../shared/api/labels';
import { CareTeamNow } from '../../care-team/components/care-team-now';
import { ContactsSection } from '../../contacts/components/contacts-section';
import { carerShareScopeLabel, joinWithAnd } from '../carer-share-scope-label';
import { CarerAssessmentSection } from './carer-assessment-section';
import { CarerViewsSection } from './carer-views-section';

/**
 * What a carer sees: only what the person chose to share, and how to reach the team. What is not
 * shared is named by kind ("their care plan"), the same for everyone, so nothing here says whether
 * such a record exists.
 */
export function CarerPersonView({ record }: { record: PersonResponse }) {
  const { person, careTeam, currentCareCoordinator, access } = record;
  const name = person.preferredName ?? person.name;
  const shared = access.sharedWithCarer ?? [];
  const notShared = CARER_SHARE_SCOPES.filter((scope) => !shared.includes(scope));
  return (
    <>
      <h1>{name}</h1>
      <div className="notice notice--info">
        <p>
          {shared.length === 0
            ? `${name} has not chosen to share more than their team and how to reach it with you.`
            : `${name} shares ${joinWithAnd(shared.map(carerShareScopeLabel))} with you.`}
        </p>
        {notShared.length > 0 && (
          <p>
            Not shared with you: {joinWithAnd(notShared.map(carerShareScopeLabel))}. That is {name}’s choice, and they
            can change it at any time.
          </p>
        )}
      </div>
      <section aria-labelledby="reach-heading" className="section card">
        <h2 id="reach-heading">How to reach the team</h2>
        <p>
          {name}’s team: <strong>{person.teamName}</strong>.
        </p>
        {currentCareCoordinator ? (
          <p>
            Their care coordinator is <strong>{currentCareCoordinator.workerName}</strong>. Ring the team on its usual
            number and ask for {currentCareCoordinator.workerName}.
          </p>
        ) : (
          <p>Ring the team on its usual number and ask for the duty worker.</p>
        )}
      </section>
      {access.canReadCarePlan && (
        <p>
          <Link to={`/people/${encodeURIComponent(person.id)}/care-plan`}>{name}’s care plan</Link>
        </p>
      )}
      {access.canReadSafetyPlan && (
        <p>
          <Link to={`/people/${encodeURIComponent(person.id)}/safety-plan`}>{name}’s safety plan</Link>, in their own
          words: what to look out for and what helps in a crisis.
        </p>
      )}
      {careTeam && (
        <section aria-labelledby="carer-care-team-heading" className="section">
          <h2 id="carer-care-team-heading">Care team</h2>
          <CareTeamNow members={careTeam} caption={`Who is in ${name}’s care team today`} />
        </section>
      )}
      {access.canReadContacts && (
        <ContactsSection personId={person.id} heading="Contacts" emptyText="No contacts have been recorded yet." />
      )}
      <CarerViewsSection personId={person.id} personName={name} />
      <CarerAssessmentSection personId={person.id} personName={name} />
    </>
  );
}
