import { Link } from 'react-router';
import { useOrganisation } from '../api/use-organisation';
import { useOrganisationSummary } from '../../organisation/api/use-organisation-summary';
import { AdminNav } from '../components/admin-nav';
import { ADMIN_SECTIONS } from '../components/admin-sections';
import { InstrumentOffers } from '../components/instrument-offers';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { OrganisationSummary } from '../../organisation/components/organisation-summary';
import { usePageTitle } from '../../../hooks/use-page-title';

/** An administrator's home: the organisation at a glance and a way into each kind of record. */
export function AdminPage() {
  usePageTitle('Administration');
  const organisation = useOrganisation();
  const summary = useOrganisationSummary();
  return (
    <>
      <h1>Administration</h1>
      <AdminNav />
      {organisation.isPending && <LoadingMessage what="the organisation" />}
      {organisation.isError && <ErrorMessage error={organisation.error} />}
      {organisation.data && (
        <ul className="card-list card-list--compact">
          {ADMIN_SECTIONS.map((section) => (
            <li key={section.slug} className="card">
              <h2 className="card__title">
                <Link to={`/admin/${section.slug}`}>{section.title}</Link>
              </h2>
              <p>{section.count(organisation.data).toLocaleString('en-GB')} recorded</p>
            </li>
          ))}
        </ul>
      )}
      {summary.data && (
        <section aria-labelledby="admin-summary-heading" className="section">
          <h2 id="admin-summary-heading">At a glance</h2>
          <OrganisationSummary summary={summary.data} />
        </section>
      )}
      <InstrumentOffers />
      <p className="muted">To change someone’s care team, open them from the People page.</p>
    </>
  );
}
