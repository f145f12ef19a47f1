import { Link, useSearchParams } from 'react-router';
import type { Me } from '../../../../shared/api/sessions.responses';
import { analyticsSearch, type AnalyticsFilters } from '../analytics-search';
import {
  useContinuityDashboard,
  useRelationshipFigures,
  useServiceFigures,
  useSiteComparison,
} from '../api/use-analytics';
import { useOrganisation } from '../../admin/api/use-organisation';
import { DashboardContinuity } from '../components/dashboard-continuity';
import { DashboardDownloads } from '../components/dashboard-downloads';
import { filtersFromSearch } from '../dashboard-filters';
import { DashboardFiltersForm } from '../components/dashboard-filters-form';
import { lastMonths, utcToday } from '../dashboard-period';
import { DashboardRelationship } from '../components/dashboard-relationship';
import { DashboardService } from '../components/dashboard-service';
import { DashboardSites } from '../components/dashboard-sites';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { usePageTitle } from '../../../hooks/use-page-title';
import { formatDate } from '../../../ui/format/format-date';
import '../dashboard.css';

/** Continuity of care and service figures for a team manager's team, or any team or site for an administrator. */
export function DashboardPage({ me }: { me: Me }) {
  usePageTitle('Continuity dashboard');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams);
  const isAdmin = me.role === 'admin';
  const continuity = useContinuityDashboard(filters);
  const sites = useSiteComparison(filters);
  const service = useServiceFigures(filters);
  const relationship = useRelationshipFigures(filters);
  const organisation = useOrganisation(isAdmin);
  const period = continuity.data?.window ?? { ...lastMonths(12, utcToday()), ...pick(filters) };
  const apply = (next: AnalyticsFilters) => setSearchParams(analyticsSearch(next));

  const teams = isAdmin
    ? (organisation.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name, siteId: t.siteId }))
    : continuity.data?.team
      ? [{ value: continuity.data.team.id, label: continuity.data.team.name }]
      : [];
  const siteOptions = isAdmin
    ? (organisation.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))
    : continuity.data?.site
      ? [{ value: continuity.data.site.id, label: continuity.data.site.name }]
      : [];
  const isFormReady = isAdmin ? organisation.isSuccess : continuity.isSuccess;
  const focus = continuity.data
    ? (continuity.data.team?.name ?? continuity.data.site?.name ?? 'Whole organisation')
    : null;
  const shown = { ...filters, from: period.from, to: period.to };

  return (
    <>
      <h1>Continuity dashboard</h1>
      <p className="lead">
        {focus ? `${focus}, ` : ''}
        {formatDate(period.from)} to {formatDate(period.to)}. Figures describe groups of people: no service user is
        named, though care coordinators are, by their caseloads.
      </p>
      {isFormReady && (
        <DashboardFiltersForm
          key={analyticsSearch(shown)}
          filters={filters}
          period={period}
          teams={teams}
          sites={siteOptions}
          canChooseAny={isAdmin}
          onApply={apply}
        />
      )}
      {organisation.isError && (
        <ErrorMessage error={organisation.error} title="The list of teams and sites could not be loaded" />
      )}
      <nav aria-label="On this page" className="jump-links dashboard-jump">
        <ul>
          <li>
            <a href="#continuity-heading">Continuity of care</a>
          </li>
          <li>
            <a href="#sites-heading">How the sites compare</a>
          </li>
          <li>
            <a href="#relationship-heading">Relationship and quality of life</a>
          </li>
          <li>
            <a href="#service-heading">Service figures</a>
          </li>
          <li>
            <a href="#downloads-heading">Downloads</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="continuity-heading" className="section">
        <h2 id="continuity-heading">Continuity of care</h2>
        {continuity.isPending && <LoadingMessage what="the continuity figures" />}
        {continuity.isError && (
          <>
            <ErrorMessage error={continuity.error} />
            {(filters.teamId || filters.siteId) && (
              <p>
                <Link to={{ search: analyticsSearch({ from: filters.from, to: filters.to }) }}>
                  {isAdmin ? 'Show the whole organisation' : 'Show your own team'}
                </Link>
              </p>
            )}
          </>
        )}
        {continuity.data && (
          <>
            <p>
              {continuity.data.overall.people.toLocaleString('en-GB')} people,{' '}
              {continuity.data.overall.peopleWithContacts.toLocaleString('en-GB')} of them with at least one contact in
              the period. Each chart shows how the figure is spread across people, not only its average: the indices run
              from 0 (a different worker every time) to 1 (always the same worker).
            </p>
            <DashboardContinuity dashboard={continuity.data} sites={sites.data} />
          </>
        )}
      </section>
      <section aria-labelledby="sites-heading" className="section">
        <h2 id="sites-heading">How the sites compare</h2>
        {sites.isPending && <LoadingMessage what="the site comparison" />}
        {sites.isError && <ErrorMessage error={sites.error} />}
        {sites.data && <DashboardSites comparison={sites.data} />}
      </section>
      <section aria-labelledby="relationship-heading" className="section">
        <h2 id="relationship-heading">Relationship and quality of life</h2>
        {relationship.isPending && <LoadingMessage what="the relationship figures" />}
        {relationship.isError && <ErrorMessage error={relationship.error} />}
        {relationship.data && <DashboardRelationship figures={relationship.data} />}
      </section>
      <section aria-labelledby="service-heading" className="section">
        <h2 id="service-heading">Service figures</h2>
        {service.isPending && <LoadingMessage what="the service figures" />}
        {service.isError && <ErrorMessage error={service.error} />}
        {service.data && <DashboardService figures={service.data} />}
      </section>
      <section aria-labelledby="downloads-heading" className="section">
        <h2 id="downloads-heading">Download the figures</h2>
        {continuity.isError ? (
          <p>Downloads are offered once the figures above can be shown.</p>
        ) : (
          <DashboardDownloads filters={shown} hasTeam={Boolean(continuity.data?.team)} />
        )}
      </section>
    </>
  );
}

function pick(filters: AnalyticsFilters): Partial<{ from: string; to: string }> {
  return { ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) };
}
