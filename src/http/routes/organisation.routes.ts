import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createAccount } from '../../services/accounts/create-account';
import {
  createCarer,
  createPerson,
  createSite,
  createTeam,
  createWorker,
} from '../../services/organisation/create-organisation-records';
import { getOrganisationSummary } from '../../services/organisation/get-organisation-summary';
import { editCarer } from '../../services/organisation/edit-carer';
import { editWorker } from '../../services/organisation/edit-worker';
import { listOrganisation } from '../../services/organisation/list-organisation';
import { setCrisisContacts } from '../../services/organisation/set-crisis-contacts';
import { setTeamContact } from '../../services/organisation/set-team-contact';
import type { ServiceDeps } from '../../services/ports';
import type { OrganisationResponse, OrganisationSummaryResponse } from '../../shared/api/organisation.responses';
import { idParams } from '../../shared/api/common.schema';
import {
  createAccountBody,
  createCarerBody,
  createPersonBody,
  createSiteBody,
  createTeamBody,
  createWorkerBody,
  crisisContactsBody,
  editCarerBody,
  editWorkerBody,
  teamContactBody,
} from '../../shared/api/organisation.schema';
import { actorOf } from '../session-cookie';

/** The organisation's frame, built by an administrator (sites, teams, workers, people, carers, accounts), and de-identified counts. */
export function organisationRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['administration'];
    app.get('/admin/organisation', { schema: { tags } }, async (request): Promise<OrganisationResponse> =>
      listOrganisation(services, actorOf(request)),
    );

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
    app.put('/admin/workers/:id', { schema: { tags, params: idParams, body: editWorkerBody } }, async (request) =>
      editWorker(
        services,
        {
          ...request.body,
          email: request.body.email ?? null,
          phone: request.body.phone ?? null,
          leftOn: request.body.leftOn ?? null,
          workerId: request.params.id,
        },
        actorOf(request),
      ),
    );
    app.put('/admin/carers/:id', { schema: { tags, params: idParams, body: editCarerBody } }, async (request) =>
      editCarer(
        services,
        { ...request.body, phone: request.body.phone ?? null, carerId: request.params.id },
        actorOf(request),
      ),
    );
    app.put(
      '/admin/teams/:id/contact',
      { schema: { tags, params: idParams, body: teamContactBody } },
      async (request) =>
        setTeamContact(
          services,
          {
            teamId: request.params.id,
            version: request.body.version,
            phone: request.body.phone ?? null,
            serviceHours: request.body.serviceHours ?? null,
          },
          actorOf(request),
        ),
    );
    app.put('/admin/crisis-contacts', { schema: { tags, body: crisisContactsBody } }, async (request) => {
      const saved = await setCrisisContacts(services, request.body, actorOf(request));
      return {
        version: saved.version,
        contacts: saved.contacts.map(({ name, phone, hours, note }) => ({ name, phone, hours, note })),
      };
    });
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
