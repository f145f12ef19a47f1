import { Link } from 'react-router';
import type { PersonResponse } from '../../../../shared/api/people.responses';
import { CareTeamNow } from '../../care-team/components/care-team-now';
import { ContactsSection } from '../../contacts/components/contacts-section';

/** What a carer sees: only what the person chose to share, and how to reach the team. */
export function CarerPersonView({ record }: { record: PersonResponse }) {
  const { person, careTeam, currentCareCoordinator, access } = record;
  const name = person.preferredName ?? person.name;
  const sharesNothing = careTeam === null && !access.canReadContacts && !access.canReadSafetyPlan;
  return (
    <>
      <h1>{name}</h1>
      <p className="notice notice--info">
        {sharesNothing
          ? `${name} has not chosen to share more than this with you. That is their choice, and they can change it at any time.`
          : `You see what ${name} has chosen to share with you. They can change this at any time.`}
      </p>
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
    </>
  );
}
