import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { breakGlass } from '../../services/access/break-glass';
import { getAccessLog } from '../../services/people/get-access-log';
import { getPerson } from '../../services/people/get-person';
import { getTeamOverview } from '../../services/people/get-team-overview';
import { listCaredFor } from '../../services/people/list-cared-for';
import type { ServiceDeps } from '../../services/ports';
import { idParams } from '../../shared/api/common.schema';
import type { AccessLogResponse, BreakGlassResponse, CaredForResponse, TeamResponse } from '../../shared/api/people.responses';
import { breakGlassBody } from '../../shared/api/people.schema';
import { presentAccessLogEntry, presentPerson } from '../presenters/people.presenter';
import { actorOf } from '../session-cookie';

/** One person's record (summary, break glass, access log), a manager's team and a carer's people. */
export function peopleRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/people/:id', { schema: { params: idParams, tags: ['people'], summary: 'A person’s record' } }, async (request) => {
      const summary = await getPerson(services, { personId: request.params.id }, actorOf(request));
      return presentPerson(summary, services.now());
    });

    app.post(
      '/people/:id/break-glass',
      { schema: { params: idParams, body: breakGlassBody, tags: ['people'], summary: 'Open a record outside the care team, with a reason' } },
      async (request, reply) => {
        const grant = await breakGlass(services, { personId: request.params.id, reason: request.body.reason }, actorOf(request));
        const body: BreakGlassResponse = { expiresAt: grant.expiresAt.toISOString() };
        return reply.status(201).send(body);
      },
    );

    app.get(
      '/people/:id/access-log',
      { schema: { params: idParams, tags: ['people'], summary: 'Who opened this record' } },
      async (request) => {
        const entries = await getAccessLog(services, { personId: request.params.id }, actorOf(request));
        const body: AccessLogResponse = { entries: entries.map(presentAccessLogEntry) };
        return body;
      },
    );

    app.get('/team', { schema: { tags: ['team'], summary: 'The manager’s team' } }, async (request): Promise<TeamResponse> =>
      getTeamOverview(services, actorOf(request)),
    );
    app.get('/cared-for', { schema: { tags: ['carers'], summary: 'The people a carer supports' } }, async (request): Promise<CaredForResponse> => ({
      people: await listCaredFor(services, actorOf(request)),
    }));
  };
}
