import { useOrganisation } from '../api/use-organisation';
import { useOrganisationSummary } from '../api/use-organisation-summary';
import { AdminAccountsSection } from '../components/admin-accounts-section';
import { AdminCarersSection } from '../components/admin-carers-section';
import { AdminPeopleSection } from '../components/admin-people-section';
import { AdminSitesSection } from '../components/admin-sites-section';
import { AdminTeamsSection } from '../components/admin-teams-section';
import { AdminWorkersSection } from '../components/admin-workers-section';
import { ErrorMessage } from '../components/error-message';
import { LoadingMessage } from '../components/loading-message';
import { OrganisationSummary } from '../components/organisation-summary';
import { usePageTitle } from '../components/use-page-title';

const SECTIONS = [
  { id: 'sites', label: 'Sites' },
  { id: 'teams', label: 'Teams' },
  { id: 'workers', label: 'Workers' },
  { id: 'people', label: 'People' },
  { id: 'carers', label: 'Carers' },
  { id: 'accounts', label: 'Accounts' },
] as const;

/** An administrator's home: the organisation's records and forms to add each kind. */
export function AdminPage() {
  usePageTitle('Administration');
  const organisation = useOrganisation();
  const summary = useOrganisationSummary();
  return (
    <>
      <h1>Administration</h1>
      <nav aria-label="On this page" className="jump-links">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {summary.data && (
        <section aria-labelledby="admin-summary-heading" className="section">
          <h2 id="admin-summary-heading">At a glance</h2>
          <OrganisationSummary summary={summary.data} />
        </section>
      )}
      {organisation.isPending && <LoadingMessage what="the organisation" />}
      {organisation.isError && <ErrorMessage error={organisation.error} />}
      {organisation.data && (
        <>
          <AdminSitesSection organisation={organisation.data} />
          <AdminTeamsSection organisation={organisation.data} />
          <AdminWorkersSection organisation={organisation.data} />
          <AdminPeopleSection organisation={organisation.data} />
          <AdminCarersSection organisation={organisation.data} />
          <AdminAccountsSection organisation={organisation.data} />
        </>
      )}
    </>
  );
}
