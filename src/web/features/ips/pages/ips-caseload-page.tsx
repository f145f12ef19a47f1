import { Link } from 'react-router';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { useIpsCaseload, useTakeReferral } from '../api/use-ips';
import { EmployerContactForm } from '../components/employer-contact-form';
import { EmployerContactList } from '../components/employer-contact-list';
import '../ips.css';

function TakeButton({ personId, personName }: { personId: string; personName: string }) {
  const take = useTakeReferral(personId);
  return (
    <>
      <button type="button" className="button" disabled={take.isPending} onClick={() => take.mutate(undefined)}>
        Take {personName}’s referral
      </button>
      {take.isError && <ErrorMessage error={take.error} />}
    </>
  );
}

/** The employment specialist's IPS caseload: waiting referrals, people with days since referral and first employer contact, who is in work. */
export function IpsCaseloadPage() {
  usePageTitle('My IPS caseload');
  const caseload = useIpsCaseload();
  if (caseload.isPending) return <LoadingMessage what="your IPS caseload" />;
  if (caseload.error) return <ErrorMessage error={caseload.error} />;
  const { people, waiting, inWork, recentEmployerContacts } = caseload.data;
  return (
    <div className="ips">
      <h1>My IPS caseload</h1>
      <p className="lead">
        {people.length} {people.length === 1 ? 'person' : 'people'}, {inWork} in work.
      </p>
      <section className="section" aria-labelledby="ips-waiting-heading">
        <h2 id="ips-waiting-heading">Waiting referrals in your team</h2>
        {waiting.length === 0 ? (
          <p>No one is waiting.</p>
        ) : (
          <ul className="ips-list">
            {waiting.map((w) => (
              <li key={w.personId}>
                {w.personName}, referred on {w.referredOn}
                {w.isSelfReferral ? ' (self-referral)' : ''}{' '}
                <TakeButton personId={w.personId} personName={w.personName} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section ips-table-wrap" aria-labelledby="ips-people-heading">
        <h2 id="ips-people-heading">People</h2>
        <table className="table">
          <caption className="visually-hidden">People on your IPS caseload</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Days since referral</th>
              <th scope="col">Days since first employer contact</th>
              <th scope="col">Days to first face-to-face employer contact</th>
              <th scope="col">In work</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.personId}>
                <th scope="row">
                  <Link to={`/people/${encodeURIComponent(p.personId)}/work`}>{p.personName}</Link>
                </th>
                <td>{p.daysSinceReferral}</td>
                <td>{p.daysSinceFirstEmployerContact ?? 'none yet'}</td>
                <td>{p.daysToFirstFaceToFaceEmployerContact ?? 'none yet'}</td>
                <td>{p.currentJob ? `${p.currentJob.title}, ${p.currentJob.employerName}` : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="section" aria-labelledby="ips-contact-heading">
        <h2 id="ips-contact-heading">Record an employer contact</h2>
        <EmployerContactForm people={people.map((p) => ({ id: p.personId, name: p.personName }))} />
        <h3>Your latest employer contacts</h3>
        <EmployerContactList contacts={recentEmployerContacts} emptyText="None yet." />
      </section>
    </div>
  );
}
