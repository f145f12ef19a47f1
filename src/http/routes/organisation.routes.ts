import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getOrganisationSummary } from '../../services/organisation/get-organisation-summary';
import { getTeamOverview } from '../../services/people/get-team-overview';
import { listCaredFor } from '../../services/people/list-cared-for';
import type { ServiceDeps } from '../../services/ports';
import type { CaredForResponse, TeamResponse } from '../../shared/api/people.responses';
import type { OrganisationSummaryResponse } from '../../shared/api/organisation.responses';
import { actorOf } from '../session-cookie';

/** Views that are not one person's record: a manager's team, a carer's people, de-identified counts. */
export function organisationRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/team', { schema: { tags: ['team'], summary: 'The manager’s team' } }, async (request): Promise<TeamResponse> =>
      getTeamOverview(services, actorOf(request)),
    );
    app.get('/cared-for', { schema: { tags: ['carers'], summary: 'The people a carer supports' } }, async (request): Promise<CaredForResponse> => ({
      people: await listCaredFor(services, actorOf(request)),
    }));
    app.get(
      '/organisation/summary',
      { schema: { tags: ['organisation'], summary: 'De-identified counts for the last 12 months' } },
      async (request): Promise<OrganisationSummaryResponse> => getOrganisationSummary(services, actorOf(request)),
    );
  };
}
