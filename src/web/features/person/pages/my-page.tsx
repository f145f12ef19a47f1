import { Link } from 'react-router';
import type { Me } from '../../../../shared/api/sessions.responses';
import { usePerson } from '../api/use-person';
import { AccessLogTable } from '../../access-log/components/access-log-table';
import { CareTeamHistory } from '../../care-team/components/care-team-history';
import { CareTeamNow } from '../../care-team/components/care-team-now';
import { ContactsSection } from '../../contacts/components/contacts-section';
import { ContinuityInWords } from '../components/continuity-in-words';
import { ErrorMessage } from '../../../ui/error-message';
import { FeedbackInvitations } from '../../feedback/components/feedback-invitations';
import { LoadingMessage } from '../../../ui/loading-message';
import { ReviewDue } from '../../reviews/components/review-due';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ResearchChoice } from '../components/research-choice';
import { TeamContact } from '../components/team-contact';
import { WaitingForYou } from '../components/waiting-for-you';
import { QuestionnairesSection } from '../../questionnaires/components/questionnaires-section';

/** A service user's home: my people, my contacts, and who opened my record. */
export function MyPage({ me }: { me: Me }) {
  usePageTitle('My page');
  const personId = me.personId ?? '';
  const record = usePerson(personId);
  if (!me.personId) {
    return (
      <>
        <h1>My page</h1>
        <p>Your account is not linked to a record yet. Please ask your care team.</p>
      </>
    );
  }
  return (
    <>
      <h1>My page</h1>
      <p className="lead">
        Hello {me.displayName}. This is your page: the people who support you, your contacts with them, and everyone who
        has opened your record.
      </p>
      <WaitingForYou personId={personId} />
      <nav aria-label="On this page" className="jump-links">
        <ul>
          <li>
            <Link to={`/people/${encodeURIComponent(personId)}/care-plan`}>My care plan</Link>
          </li>
          <li>
            <Link to={`/people/${encodeURIComponent(personId)}/risk-formulation`}>My risk and safety formulation</Link>
          </li>
          <li>
            <a href="#questionnaires-heading">My questionnaires</a>
          </li>
          <li>
            <a href="#my-people-heading">My people</a>
          </li>
          <li>
            <a href="#continuity-words-heading">Who I see</a>
          </li>
          <li>
            <a href={`#contacts-heading-${personId}`}>My contacts</a>
          </li>
          <li>
            <a href="#my-feedback-heading">How meetings went</a>
          </li>
          <li>
            <a href="#access-log-heading">Who opened my record</a>
          </li>
        </ul>
      </nav>
      <QuestionnairesSection personId={personId} />
      {record.isPending && <LoadingMessage what="your page" />}
      {record.isError && <ErrorMessage error={record.error} />}
      {record.data && (
        <section aria-labelledby="my-people-heading" className="section">
          <h2 id="my-people-heading">My people</h2>
          {record.data.careTeam && (
            <CareTeamNow
              members={record.data.careTeam}
              caption="Who is in my care team"
              emptyText="Nobody is in your care team at the moment."
            />
          )}
          {record.data.nextReview && (
            <p>
              Your next review is due on <ReviewDue dueOn={record.data.nextReview.dueOn} />.
            </p>
          )}
          {record.data.careTeam && record.data.careTeam.length > 0 && (
            <details className="details">
              <summary>Everyone who has been in my care team</summary>
              <CareTeamHistory members={record.data.careTeam} caption="My care team over time" />
            </details>
          )}
        </section>
      )}
      {record.data && <TeamContact record={record.data} isSelf />}
      <ContinuityInWords personId={personId} heading="Who I see" />
      <ContactsSection personId={personId} heading="My contacts" emptyText="No contacts have been recorded yet." />
      <FeedbackInvitations personId={personId} />
      {record.data && <ResearchChoice personId={personId} isOptedOut={record.data.person.researchOptOut} />}
      <section aria-labelledby="access-log-heading" className="section">
        <h2 id="access-log-heading">Who opened my record</h2>
        <p className="muted">
          Every time someone opens your record, Tandem writes it down. If someone outside your care team opened it, you
          see the reason they gave.
        </p>
        <AccessLogTable personId={personId} />
      </section>
    </>
  );
}
