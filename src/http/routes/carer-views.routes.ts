import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCarerViews } from '../../services/carer-views/get-carer-views';
import { giveCarerView } from '../../services/carer-views/give-carer-view';
import type { ServiceDeps } from '../../services/ports';
import { carerViewBody, carerViewParams } from '../../shared/api/carer-views.schema';
import { idParams } from '../../shared/api/common.schema';
import { presentCarerViews, presentGivenCarerView } from '../presenters/carer-views.presenter';
import { actorOf } from '../session-cookie';

/** Carers' views of meetings they were at: given by the carer, read as each reader may (ADR 0036). */
export function carerViewsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['carer views'];
    app.get('/people/:id/carer-views', { schema: { tags, params: idParams } }, async (request) =>
      presentCarerViews(await getCarerViews(services, { personId: request.params.id }, actorOf(request))),
    );
    app.post(
      '/people/:id/reviews/:reviewId/carer-view',
      {
        schema: {
          tags,
          params: carerViewParams,
          body: carerViewBody,
          summary: 'A carer’s view of a review they were at',
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const view = await giveCarerView(
          services,
          { ...request.body, personId: request.params.id, reviewId: request.params.reviewId },
          actor,
        );
        return reply.status(201).send(presentGivenCarerView(view, actor.displayName));
      },
    );
  };
}
