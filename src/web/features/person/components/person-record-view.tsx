import { useState } from 'react';
import { AppLink } from '../../navigation/components/app-link';
import { personPath } from '../../../app-pages';
import type { Me } from '../../../../shared/api/sessions.responses';
import type { PersonResponse } from '../../../../shared/api/people.responses';
import { personDisplayName } from '../person-display-name';
import { AccessBasisNotice } from './access-basis-notice';
import { CareTeamAdmin } from '../../care-team/components/care-team-admin';
import { CareTeamHistory } from '../../care-team/components/care-team-history';
import { CareTeamNow } from '../../care-team/components/care-team-now';
import { ContactsSection } from '../../contacts/components/contacts-section';
import { MeetingsSection } from '../../meetings/components/meetings-section';
import { QuestionnairesSection } from '../../questionnaires/components/questionnaires-section';
import { PersonSummary } from './person-summary';
import { DischargedNotice } from './discharged-notice';
import { PersonDetailsEditor } from './person-details-editor';
import { TeamContact } from './team-contact';
import { RecordContactForm } from '../../contacts/components/record-contact-form';
import { CarerSharingSection } from '../../carers/components/carer-sharing-section';
import { HandoversSection } from '../../handovers/components/handovers-section';
import { CarerViewsSection } from '../../carers/components/carer-views-section';
import { useContacts } from '../../contacts/api/use-contacts';
import { SafetyPlanFirst } from '../../safety-plan/components/safety-plan-first';
import { isCrisisFirst } from '../../safety-plan/crisis-first';
import { CollegeLifeSection } from '../../college/components/college-life-section';

/**
 * The record as the care team, a manager, an administrator or the person themself sees it. After
 * breaking glass, or when the latest contact was a crisis, the person's safety plan comes first.
 */
export function PersonRecordView({ record, me }: { record: PersonResponse; me: Me }) {
  const [newContactId, setNewContactId] = useState<string | null>(null);
  const { person, access, careTeam } = record;
  const name = person.preferredName ?? person.name;
  const isSelf = access.basis === 'self';
  const canReadSafetyPlan = access.canReadSafetyPlan && !isSelf;
  // The same query as the contacts list below: no second request.
  const contacts = useContacts(person.id, access.canReadContacts);
  const latestContact = contacts.data?.pages[0]?.contacts[0] ?? null;
  const isSafetyPlanFirst = canReadSafetyPlan && isCrisisFirst({ basis: access.basis, latestContact, now: new Date() });
  return (
    <>
      <h1>{isSelf ? 'Your record' : personDisplayName(person)}</h1>
      {isSafetyPlanFirst && (
        <SafetyPlanFirst
          personId={person.id}
          personName={name}
          why={
            access.basis === 'break_glass'
              ? 'You opened this record with a reason.'
              : 'The latest contact was a crisis.'
          }
        />
      )}
      {isSelf && (
        <p>
          This is what your care team sees about you. <AppLink to="/my-page">Go to My page</AppLink> to see who opened
          your record.
        </p>
      )}
      <AccessBasisNotice basis={access.basis} personName={name} />
      {access.canRecordContact && (
        <p className="jump-links">
          <a href="#record-contact-heading">Record a contact</a>
        </p>
      )}
      {person.discharge && <DischargedNotice discharge={person.discharge} name={isSelf ? null : name} />}
      <PersonSummary record={record} />
      {access.canReadCarePlan && (
        <p>
          <AppLink to={personPath(person.id, '/care-plan')} access={access}>
            {isSelf ? 'Your care plan' : `${name}’s care plan`}
          </AppLink>
        </p>
      )}
      {access.canReadMessages && (
        <p>
          <AppLink to={personPath(person.id, '/messages')} access={access}>
            {isSelf ? 'Your messages with your care team' : `Messages with ${name}’s care team`}
          </AppLink>
        </p>
      )}
      {(access.basis === 'self' || access.basis === 'care_team') && (
        <p>
          <AppLink to={personPath(person.id, '/work')} access={access}>
            {isSelf ? 'Your work: goals, jobs and who is helping' : `${name}’s work (IPS)`}
          </AppLink>
        </p>
      )}
      {(access.basis === 'self' || access.basis === 'care_team' || access.basis === 'break_glass') && (
        <p>
          <AppLink to={personPath(person.id, '/risk-formulation')} access={access}>
            {isSelf ? 'Your risk and safety formulation' : `${name}’s risk and safety formulation`}
          </AppLink>
        </p>
      )}
      {access.canReadSafetyPlan && (
        <p>
          <AppLink to={isSelf ? '/my-safety-plan' : personPath(person.id, '/safety-plan')} access={access}>
            {isSelf ? 'Your safety plan' : `${name}’s safety plan`}
          </AppLink>
        </p>
      )}
      <TeamContact record={record} isSelf={isSelf} />
      {access.canEditDetails && <PersonDetailsEditor record={record} />}

      {careTeam && (
        <section aria-labelledby="care-team-heading" className="section">
          <h2 id="care-team-heading">{isSelf ? 'Your care team now' : 'Care team now'}</h2>
          <CareTeamNow members={careTeam} caption={`Who is in ${isSelf ? 'your' : `${name}’s`} care team today`} />
        </section>
      )}

      {me.role === 'admin' && <CareTeamAdmin record={record} />}

      {(me.role === 'admin' || access.basis === 'care_team') && (
        <HandoversSection personId={person.id} isSelf={false} />
      )}

      {(me.role === 'admin' || access.basis === 'care_team') && (
        <CarerSharingSection personId={person.id} mode={me.role === 'admin' ? 'on_behalf' : 'read'} personName={name} />
      )}
      {access.basis === 'care_team' && <CarerViewsSection personId={person.id} personName={name} />}

      {access.basis === 'care_team' && <CollegeLifeSection personId={person.id} name={name} />}

      {access.canReadContacts && !isSelf && (
        <MeetingsSection
          personId={person.id}
          personName={name}
          canStart={access.canRecordContact && me.role === 'worker'}
        />
      )}

      {access.canReadContacts && !isSelf && (
        <QuestionnairesSection personId={person.id} canSchedule={access.canRecordContact && me.role === 'worker'} />
      )}

      {access.canRecordContact && (
        <section aria-labelledby="record-contact-heading" className="section card">
          <h2 id="record-contact-heading">Record a contact</h2>
          <RecordContactForm
            personId={person.id}
            accountId={me.accountId}
            personName={name}
            onSaved={(contact) => setNewContactId(contact.id)}
          />
        </section>
      )}

      {access.canReadContacts && (
        <ContactsSection
          personId={person.id}
          heading={isSelf ? 'Your contacts' : 'Contacts'}
          emptyText="No contacts have been recorded yet."
          newContactId={newContactId}
          showAdminTime={!isSelf}
        />
      )}

      {careTeam && (
        <section aria-labelledby="history-heading" className="section">
          <h2 id="history-heading">{isSelf ? 'Your care team over time' : 'Care team history'}</h2>
          <p className="muted">Everyone who has been in the care team, and how each change was handed over.</p>
          <CareTeamHistory members={careTeam} caption="Care team over time, current first" />
        </section>
      )}
    </>
  );
}
