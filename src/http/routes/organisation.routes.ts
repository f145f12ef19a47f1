import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createAccount } from '../../services/accounts/create-account';
import { createCarer, createPerson, createSite, createTeam, createWorker } from '../../services/organisation/create-organisation-records';
import { getOrganisationSummary } from '../../services/organisation/get-organisation-summary';
import { listOrganisation } from '../../services/organisation/list-organisation';
import type { ServiceDeps } from '../../services/ports';
import type { OrganisationResponse, OrganisationSummaryResponse } from '../../shared/api/organisation.responses';
import { createAccountBody, createCarerBody, createPersonBody, createSiteBody, createTeamBody, createWorkerBody } from '../../shared/api/organisation.schema';
import { actorOf } from '../session-cookie';

/** The organisation's frame, built by an administrator (sites, teams, workers, people, carers, accounts), and de-identified counts. */
export function organisationRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['administration'];
    app.get('/admin/organisation', { schema: { tags } }, async (request): Promise<OrganisationResponse> => listOrganisation(services, actorOf(request)));

    app.post('/admin/sites', { schema: { tags, body: createSiteBody } }, async (request, reply) =>
      reply.status(201).send(await createSite(services, request.body, actorOf(request))),
    );
    app.post('/admin/teams', { schema: { tags, body: createTeamBody } }, async (request, reply) =>
      reply.status(201).send(await createTeam(services, request.body, actorOf(request))),
    );
    app.post('/admin/workers', { schema: { tags, body: createWorkerBody } }, async (request, reply) =>
      reply.status(201).send(await createWorker(services, request.body, actorOf(request))),
    );
    app.post('/admin/people', { schema: { tags, body: createPersonBody } }, async (request, reply) =>
      reply.status(201).send(await createPerson(services, request.body, actorOf(request))),
    );
    app.post('/admin/carers', { schema: { tags, body: createCarerBody } }, async (request, reply) =>
      reply.status(201).send(await createCarer(services, request.body, actorOf(request))),
    );
    app.post('/admin/accounts', { schema: { tags, body: createAccountBody } }, async (request, reply) =>
      reply.status(201).send(await createAccount(services, request.body, actorOf(request))),
    );

    app.get(
      '/organisation/summary',
      { schema: { tags: ['organisation'], summary: 'De-identified counts for the last 12 months' } },
      async (request): Promise<OrganisationSummaryResponse> => getOrganisationSummary(services, actorOf(request)),
    );
  };
}
