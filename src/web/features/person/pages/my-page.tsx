import { AppLink } from '../../navigation/components/app-link';
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
import { EmailChoice } from '../components/email-choice';
import { ResearchChoice } from '../components/research-choice';
import { TeamContact } from '../components/team-contact';
import { WaitingForYou } from '../components/waiting-for-you';
import { QuestionnairesSection } from '../../questionnaires/components/questionnaires-section';
import { CarerSharingSection } from '../../carers/components/carer-sharing-section';
import { HandoversSection } from '../../handovers/components/handovers-section';
import { CarerViewsSection } from '../../carers/components/carer-views-section';
import { PlannedHandoverNotice } from '../../handovers/components/planned-handover-notice';

/** A service user's home: what waits for them, their plan, their feedback and who opened their record first; then their care team and contacts. */
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
      <p className="lead">Hello {me.displayName}. Here is what is waiting for you, your plan, and your care team.</p>
      <WaitingForYou personId={personId} />
      <PlannedHandoverNotice personId={personId} />
      <section aria-labelledby="your-plan-heading" className="section card">
        <h2 id="your-plan-heading">Your care plan</h2>
        <p>Your plan, in your words, written with your care team.</p>
        <p>
          <AppLink className="button" to={`/people/${encodeURIComponent(personId)}/care-plan`}>
            Open your care plan
          </AppLink>
        </p>
        {record.data?.nextReview && (
          <p>
            Your next review is due on <ReviewDue dueOn={record.data.nextReview.dueOn} />.
          </p>
        )}
      </section>
      <nav aria-label="Further down this page" className="jump-links">
        <ul>
          <li>
            <a href="#my-feedback-heading">How your meetings went</a>
          </li>
          <li>
            <a href="#access-log-heading">Who opened your record</a>
          </li>
          <li>
            <AppLink to={`/people/${encodeURIComponent(personId)}/risk-formulation`}>
              Your risk and safety formulation
            </AppLink>
          </li>
          <li>
            <AppLink to={`/people/${encodeURIComponent(personId)}/messages`}>Your messages</AppLink>
          </li>
          <li>
            <a href="#questionnaires-heading">Your questionnaires</a>
          </li>
          <li>
            <a href="#my-people-heading">Your care team</a>
          </li>
          <li>
            <a href={`#contacts-heading-${personId}`}>Your contacts</a>
          </li>
          <li>
            <a href="#handovers-heading">Changes to your care coordinator</a>
          </li>
          <li>
            <a href="#carer-sharing-heading">What your carers can see</a>
          </li>
          <li>
            <AppLink to={`/people/${encodeURIComponent(personId)}/work`}>
              Your work: goals, jobs and who is helping
            </AppLink>
          </li>
        </ul>
      </nav>
      <FeedbackInvitations personId={personId} />
      <section aria-labelledby="access-log-heading" className="section">
        <h2 id="access-log-heading">Who opened your record</h2>
        <p className="muted">
          Every time someone opens your record, Tandem writes it down. If someone outside your care team opened it, you
          see the reason they gave.
        </p>
        <AccessLogTable personId={personId} pageSize={5} />
      </section>
      <QuestionnairesSection personId={personId} />
      {record.isPending && <LoadingMessage what="your page" />}
      {record.isError && <ErrorMessage error={record.error} />}
      {record.data && (
        <section aria-labelledby="my-people-heading" className="section">
          <h2 id="my-people-heading">Your care team</h2>
          {record.data.careTeam && (
            <CareTeamNow
              members={record.data.careTeam}
              caption="Who is in your care team"
              emptyText="Nobody is in your care team at the moment."
            />
          )}
          {record.data.careTeam && record.data.careTeam.length > 0 && (
            <details className="details">
              <summary>Everyone who has been in your care team</summary>
              <CareTeamHistory members={record.data.careTeam} caption="Your care team over time" />
            </details>
          )}
        </section>
      )}
      <HandoversSection personId={personId} isSelf />
      {record.data && <TeamContact record={record.data} isSelf />}
      <CarerSharingSection personId={personId} mode="self" />
      <CarerViewsSection personId={personId} personName="you" />
      <ContinuityInWords personId={personId} heading="Who you see" />
      <ContactsSection personId={personId} heading="Your contacts" emptyText="No contacts have been recorded yet." />
      {record.data?.person.email.isAvailable && <EmailChoice personId={personId} email={record.data.person.email} />}
      {record.data && <ResearchChoice personId={personId} isOptedOut={record.data.person.researchOptOut} />}
    </>
  );
}
