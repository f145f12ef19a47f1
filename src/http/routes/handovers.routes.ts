import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addToHandoverNote } from '../../services/handovers/add-to-handover-note';
import { cancelHandover } from '../../services/handovers/cancel-handover';
import { completeHandover } from '../../services/handovers/complete-handover';
import { getHandovers } from '../../services/handovers/get-handovers';
import { getWorkerHandovers } from '../../services/handovers/get-worker-handovers';
import { planHandover } from '../../services/handovers/plan-handover';
import { recordJointMeeting } from '../../services/handovers/record-joint-meeting';
import type { ServiceDeps } from '../../services/ports';
import { idParams } from '../../shared/api/common.schema';
import {
  handoverParams,
  handoverPersonNoteBody,
  handoverVersionBody,
  jointMeetingBody,
  planHandoverBody,
} from '../../shared/api/handovers.schema';
import { presentHandover, presentPersonHandovers, presentWorkerHandovers } from '../presenters/handovers.presenter';
import { actorOf } from '../session-cookie';

/** Planned changes of care coordinator: plan, the person's words, the joint meeting, complete or cancel. */
export function handoversRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['handovers'];
    app.get('/people/:id/handovers', { schema: { tags, params: idParams } }, async (request) =>
      presentPersonHandovers(await getHandovers(services, { personId: request.params.id }, actorOf(request))),
    );
    app.post(
      '/people/:id/handovers',
      { schema: { tags, params: idParams, body: planHandoverBody, summary: 'Plan a change of care coordinator' } },
      async (request, reply) => {
        await planHandover(services, { ...request.body, personId: request.params.id }, actorOf(request));
        return reply
          .status(201)
          .send(
            presentPersonHandovers(await getHandovers(services, { personId: request.params.id }, actorOf(request))),
          );
      },
    );
    app.put(
      '/handovers/:handoverId/person-note',
      { schema: { tags, params: handoverParams, body: handoverPersonNoteBody } },
      async (request) =>
        presentHandover(
          await addToHandoverNote(
            services,
            { ...request.body, handoverId: request.params.handoverId },
            actorOf(request),
          ),
        ),
    );
    app.put(
      '/handovers/:handoverId/joint-meeting',
      { schema: { tags, params: handoverParams, body: jointMeetingBody } },
      async (request) =>
        presentHandover(
          await recordJointMeeting(
            services,
            { ...request.body, handoverId: request.params.handoverId },
            actorOf(request),
          ),
        ),
    );
    app.post(
      '/handovers/:handoverId/complete',
      { schema: { tags, params: handoverParams, body: handoverVersionBody } },
      async (request) =>
        presentHandover(
          await completeHandover(
            services,
            { ...request.body, handoverId: request.params.handoverId },
            actorOf(request),
          ),
        ),
    );
    app.post(
      '/handovers/:handoverId/cancel',
      { schema: { tags, params: handoverParams, body: handoverVersionBody } },
      async (request) =>
        presentHandover(
          await cancelHandover(services, { ...request.body, handoverId: request.params.handoverId }, actorOf(request)),
        ),
    );
    app.get('/workers/:id/handovers', { schema: { tags, params: idParams } }, async (request) =>
      presentWorkerHandovers(await getWorkerHandovers(services, { workerId: request.params.id }, actorOf(request))),
    );
  };
}
