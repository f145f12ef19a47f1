import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceDeps } from '../../services/ports';
import { holdReview } from '../../services/reviews/hold-review';
import { listReviewChoices } from '../../services/reviews/list-review-choices';
import { listReviews } from '../../services/reviews/list-reviews';
import { holdReviewBody } from '../../shared/api/reviews.schema';
import type { HoldReviewResponse, ReviewChoicesResponse, ReviewsResponse } from '../../shared/api/reviews.responses';
import { idParams } from '../../shared/api/common.schema';
import { presentReview } from '../care-plan.presenters';
import { actorOf } from '../session-cookie';

/** A person's care plan reviews: the list, and recording one as held. */
export function reviewsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reviews'];
    app.get('/people/:id/reviews', { schema: { tags, params: idParams, summary: 'A person’s reviews, latest due first' } }, async (request): Promise<ReviewsResponse> => ({
      reviews: (await listReviews(services, { personId: request.params.id }, actorOf(request))).map(presentReview),
    }));

    app.get(
      '/people/:id/reviews/choices',
      { schema: { tags, params: idParams, summary: 'Who a review can list as there: the person, their care team, their carers' } },
      async (request): Promise<ReviewChoicesResponse> => listReviewChoices(services, { personId: request.params.id }, actorOf(request)),
    );

    app.post(
      '/people/:id/reviews/hold',
      { schema: { tags, params: idParams, body: holdReviewBody, summary: 'Record a review as held; schedules the next one' } },
      async (request, reply) => {
        const result = await holdReview(services, { ...request.body, personId: request.params.id }, actorOf(request));
        const body: HoldReviewResponse = { review: presentReview(result.review), nextReview: { id: result.nextReview.id, dueOn: result.nextReview.dueOn } };
        return reply.status(201).send(body);
      },
    );
  };
}
