import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAccount } from '../../services/accounts/create-account';
import { addMembership } from '../../services/care-team/add-membership';
import { changeCareCoordinator } from '../../services/care-team/change-care-coordinator';
import { endMembership } from '../../services/care-team/end-membership';
import {
  createCarer,
  createPerson,
  createSite,
  createTeam,
  createWorker,
} from '../../services/organisation/create-organisation-records';
import { listOrganisation } from '../../services/organisation/list-organisation';
import type { ServiceDeps } from '../../services/ports';
import { addMembershipBody, changeCareCoordinatorBody, endMembershipBody } from '../../shared/api/care-team.schema';
import { createAccountBody, createCarerBody, createPersonBody, createSiteBody, createTeamBody, createWorkerBody } from '../../shared/api/organisation.schema';
import { idParams } from '../../shared/api/common.schema';
import type { OrganisationResponse } from '../../shared/api/organisation.responses';
import { actorOf } from '../session-cookie';

const membershipParams = z.object({ membershipId: z.uuid({ error: 'That is not a valid id.' }) });

/** Administration: the organisation's frame and who is in each care team. */
export function adminRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
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

    app.post('/people/:id/care-team', { schema: { tags, params: idParams, body: addMembershipBody } }, async (request, reply) =>
      reply.status(201).send(await addMembership(services, { ...request.body, personId: request.params.id }, actorOf(request))),
    );
    app.post('/care-team/:membershipId/end', { schema: { tags, params: membershipParams, body: endMembershipBody } }, async (request) =>
      endMembership(services, { ...request.body, membershipId: request.params.membershipId }, actorOf(request)),
    );
    app.post('/people/:id/care-coordinator', { schema: { tags, params: idParams, body: changeCareCoordinatorBody } }, async (request) =>
      changeCareCoordinator(services, { ...request.body, personId: request.params.id }, actorOf(request)),
    );
  };
}
