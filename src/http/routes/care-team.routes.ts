import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addMembership } from '../../services/care-team/add-membership';
import { changeCareCoordinator } from '../../services/care-team/change-care-coordinator';
import { endMembership } from '../../services/care-team/end-membership';
import type { ServiceDeps } from '../../services/ports';
import {
  addMembershipBody,
  changeCareCoordinatorBody,
  endMembershipBody,
  membershipParams,
} from '../../shared/api/care-team.schema';
import { idParams } from '../../shared/api/common.schema';
import { actorOf } from '../session-cookie';

/** Who is in each care team: add a member, end a membership, hand over care coordination. */
export function careTeamRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['administration'];
    app.post(
      '/people/:id/care-team',
      { schema: { tags, params: idParams, body: addMembershipBody } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addMembership(services, { ...request.body, personId: request.params.id }, actorOf(request))),
    );
    app.post(
      '/care-team/:membershipId/end',
      { schema: { tags, params: membershipParams, body: endMembershipBody } },
      async (request) =>
        endMembership(services, { ...request.body, membershipId: request.params.membershipId }, actorOf(request)),
    );
    app.post(
      '/people/:id/care-coordinator',
      { schema: { tags, params: idParams, body: changeCareCoordinatorBody } },
      async (request) =>
        changeCareCoordinator(services, { ...request.body, personId: request.params.id }, actorOf(request)),
    );
  };
}
