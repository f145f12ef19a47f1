import { useOrganisationSummary } from '../../organisation/api/use-organisation-summary';
import { useTeam } from '../api/use-team';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { OrganisationSummary } from '../../organisation/components/organisation-summary';
import { TeamFigures } from '../components/team-figures';
import { TeamPeopleTable } from '../components/team-people-table';
import { TeamWorkersTable } from '../components/team-workers-table';
import { usePageTitle } from '../../../hooks/use-page-title';

/** A team manager's home: the team's people and workers (no clinical notes), and the organisation's figures. */
export function TeamPage() {
  const team = useTeam();
  const summary = useOrganisationSummary();
  usePageTitle(team.data ? team.data.team.name : 'My team');
  return (
    <>
      <h1>{team.data ? team.data.team.name : 'My team'}</h1>
      {team.isPending && <LoadingMessage what="your team" />}
      {team.isError && <ErrorMessage error={team.error} />}
      {team.data && (
        <>
          <p className="lead">Site: {team.data.team.siteName}</p>
          <nav aria-label="On this page" className="jump-links">
            <ul>
              <li>
                <a href="#team-workers-heading">Workers</a>
              </li>
              <li>
                <a href="#team-people-heading">People</a>
              </li>
              <li>
                <a href="#summary-heading">Across the organisation</a>
              </li>
            </ul>
          </nav>
          <TeamFigures team={team.data} />
          <section aria-labelledby="team-workers-heading" className="section">
            <h2 id="team-workers-heading">Workers</h2>
            <TeamWorkersTable workers={team.data.workers} />
          </section>
          <section aria-labelledby="team-people-heading" className="section">
            <h2 id="team-people-heading">People</h2>
            <TeamPeopleTable people={team.data.people} />
          </section>
        </>
      )}
      <section aria-labelledby="summary-heading" className="section">
        <h2 id="summary-heading">Across the organisation</h2>
        {summary.isPending && <LoadingMessage what="the organisation summary" />}
        {summary.isError && <ErrorMessage error={summary.error} />}
        {summary.data && <OrganisationSummary summary={summary.data} />}
      </section>
    </>
  );
}
