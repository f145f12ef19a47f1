import { Link, useParams } from 'react-router';
import type { Me } from '../../../../shared/api/sessions.responses';
import { hasStatus } from '../../../api-client/api-request-error';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { LoadingMessage } from '../../../ui/loading-message';
import { NotFoundPage } from '../../navigation/pages/not-found-page';
import { useIpsRecord, useReferToIps } from '../api/use-ips';
import type { VocationalProfileDto } from '../../../../shared/api/ips.responses';
import { DISCLOSURE_LABELS, REFERRAL_END_REASON_LABELS } from '../../../../shared/api/ips-labels';
import { BenefitsAdviceForm } from '../components/benefits-advice-form';
import { EmployerContactList } from '../components/employer-contact-list';
import { EndReferralForm } from '../components/end-referral-form';
import { JobForm } from '../components/job-form';
import { JobInterestForm, JobInterestList } from '../components/job-interests';
import { JobList } from '../components/job-list';
import { VocationalProfileForm } from '../components/vocational-profile-form';
import '../ips.css';

/** A person's work goals, jobs and who is helping: "Your work" for the person, their IPS record for the care team. */
export function IpsPersonPage({ me }: { me: Me }) {
  const { personId = '' } = useParams();
  const record = useIpsRecord(personId);
  const refer = useReferToIps(personId);
  const isSelf = me.personId === personId;
  const name = record.data ? (record.data.person.preferredName ?? record.data.person.name) : 'this person';
  usePageTitle(isSelf ? 'Your work' : `Work and IPS for ${name}`);

  if (record.isPending) return <LoadingMessage what="the work record" />;
  if (record.error) {
    if (hasStatus(record.error, 404)) return <NotFoundPage what="person" />;
    if (hasStatus(record.error, 403)) return <ForbiddenNotice />;
    return <ErrorMessage error={record.error} />;
  }
  const data = record.data;
  const open = data.referrals.find((r) => r.endedOn === null);
  const canRecord = me.role === 'worker' || me.role === 'team_manager';
  const past = data.referrals.filter((r) => r.endedOn !== null);
  return (
    <div className="narrow ips">
      <h1>{isSelf ? 'Your work' : `Work and IPS for ${name}`}</h1>
      <p className="lead">
        {isSelf
          ? 'Individual Placement and Support (IPS) helps anyone who wants a job find and keep ordinary paid work. You do not need to be “ready”.'
          : `Individual Placement and Support: anyone who wants work can be referred, with no readiness test.`}
      </p>
      <div className="button-row">
        <Link to={isSelf ? '/my-page' : `/people/${encodeURIComponent(personId)}`}>
          {isSelf ? 'Your page' : `${name}’s record`}
        </Link>
      </div>

      <section className="section" aria-labelledby="ips-referral-heading">
        <h2 id="ips-referral-heading">{isSelf ? 'Who is helping you' : 'Referral and specialist'}</h2>
        {open ? (
          <>
            <p>
              {isSelf ? 'You were' : `${name} was`} referred on {open.referredOn}
              {open.isSelfReferral ? (isSelf ? ' (you asked yourself)' : ' (self-referral)') : ''}.
            </p>
            {(isSelf || canRecord) && <EndReferralForm personId={personId} isSelf={isSelf} />}
          </>
        ) : (
          <>
            <p>{isSelf ? 'You have not been referred to IPS.' : `${name} has no open IPS referral.`}</p>
            <button type="button" className="button" disabled={refer.isPending} onClick={() => refer.mutate({})}>
              {isSelf ? 'I want to work: refer me' : 'Refer to IPS'}
            </button>
            {refer.isError && <ErrorMessage error={refer.error} />}
          </>
        )}
        {data.specialists.length > 0 ? (
          <ul>
            {data.specialists.map((s) => (
              <li key={s.id}>
                {s.name}, employment specialist, since {s.since}
              </li>
            ))}
          </ul>
        ) : (
          open && <p>An employment specialist will take the referral soon.</p>
        )}
        {past.length > 0 && (
          <>
            <h3>{isSelf ? 'Your support before' : 'Earlier support'}</h3>
            <ul className="ips-list">
              {past.map((r) => (
                <li key={r.id}>
                  Referred {r.referredOn}, ended {r.endedOn}
                  {r.endReason ? `: ${REFERRAL_END_REASON_LABELS[r.endReason].toLowerCase()}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="ips-profile-heading">
        <h2 id="ips-profile-heading">{isSelf ? 'Your work goals' : 'Vocational profile'}</h2>
        {me.role === 'carer' ? (
          <ProfileSummary profile={data.profile} />
        ) : (
          <VocationalProfileForm personId={personId} profile={data.profile} isSelf={isSelf} accountId={me.accountId} />
        )}
      </section>

      <section className="section" aria-labelledby="ips-jobs-heading">
        <h2 id="ips-jobs-heading">{isSelf ? 'Your jobs and courses' : 'Jobs and courses'}</h2>
        <JobList jobs={data.jobs} />
        {canRecord && <JobForm personId={personId} />}
      </section>

      {(canRecord || data.benefitsAdvice.length > 0) && (
        <section className="section" aria-labelledby="ips-benefits-heading">
          <h2 id="ips-benefits-heading">{isSelf ? 'Your benefits advice' : 'Benefits and work-incentives advice'}</h2>
          {data.benefitsAdvice.length > 0 ? (
            <ul className="ips-list">
              {data.benefitsAdvice.map((a) => (
                <li key={a.id}>
                  {a.givenOn}, {a.givenBy}: {a.covered}
                </li>
              ))}
            </ul>
          ) : (
            <p>None recorded yet.</p>
          )}
          {canRecord && <BenefitsAdviceForm personId={personId} />}
        </section>
      )}

      <section className="section" aria-labelledby="ips-interests-heading">
        <h2 id="ips-interests-heading">
          {isSelf
            ? 'Jobs and employers you are interested in'
            : 'Job search: jobs and employers they are interested in'}
        </h2>
        <JobInterestList
          personId={personId}
          accountId={me.accountId}
          interests={data.jobInterests}
          isSelf={isSelf}
          isStaff={canRecord}
          canChange={isSelf || canRecord}
        />
        {(isSelf || canRecord) && (
          <JobInterestForm personId={personId} accountId={me.accountId} isSelf={isSelf} isStaff={canRecord} />
        )}
      </section>

      <section className="section" aria-labelledby="ips-employers-heading">
        <h2 id="ips-employers-heading">{isSelf ? 'Employers spoken to about you' : 'Employer contacts about them'}</h2>
        <EmployerContactList contacts={data.employerContacts} emptyText="None yet." />
      </section>
    </div>
  );
}

/** The work goals as a carer the person shares them with reads them: words only, no form. */
function ProfileSummary({ profile }: { profile: VocationalProfileDto | null }) {
  if (!profile) return <p>No work goals written yet.</p>;
  const rows: [string, string][] = [
    ['The work they want', profile.workWanted],
    ['Hours they would like', profile.hoursWanted],
    ['Their strengths', profile.strengths],
    ['Telling employers about mental health', DISCLOSURE_LABELS[profile.disclosure]],
  ];
  return (
    <dl className="ips-list">
      {rows
        .filter(([, value]) => value.trim() !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
