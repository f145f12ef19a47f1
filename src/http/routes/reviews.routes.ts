import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceDeps } from '../../services/ports';
import {
  getCalendarFeedStatus,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from '../../services/reviews/calendar-feed-settings';
import { getCalendarFeed } from '../../services/reviews/get-calendar-feed';
import { holdReview } from '../../services/reviews/hold-review';
import { listReviewChoices } from '../../services/reviews/list-review-choices';
import { listReviews } from '../../services/reviews/list-reviews';
import { idParams } from '../../shared/api/common.schema';
import type {
  CalendarFeedCreatedResponse,
  CalendarFeedStatusResponse,
  HoldReviewResponse,
  ReviewChoicesResponse,
  ReviewsResponse,
} from '../../shared/api/reviews.responses';
import { calendarFeedParams, holdReviewBody } from '../../shared/api/reviews.schema';
import { presentCalendarFeedStatus, presentReview } from '../presenters/reviews.presenter';
import { actorOf } from '../session-cookie';

/**
 * A person's care plan reviews (the list, recording one as held) and a worker's calendar of reviews.
 * The signed-in worker gets or replaces their secret calendar address; the address itself is fetched
 * by calendar apps, which cannot send cookies, so the token is the key.
 */
export function reviewsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reviews'];
    app.get(
      '/people/:id/reviews',
      { schema: { tags, params: idParams, summary: 'A person’s reviews, latest due first' } },
      async (request): Promise<ReviewsResponse> => ({
        reviews: (await listReviews(services, { personId: request.params.id }, actorOf(request))).map(presentReview),
      }),
    );

    app.get(
      '/people/:id/reviews/choices',
      {
        schema: {
          tags,
          params: idParams,
          summary: 'Who a review can list as there: the person, their care team, their carers',
        },
      },
      async (request): Promise<ReviewChoicesResponse> =>
        listReviewChoices(services, { personId: request.params.id }, actorOf(request)),
    );

    app.post(
      '/people/:id/reviews/hold',
      {
        schema: {
          tags,
          params: idParams,
          body: holdReviewBody,
          summary: 'Record a review as held; schedules the next one',
        },
      },
      async (request, reply) => {
        const result = await holdReview(services, { ...request.body, personId: request.params.id }, actorOf(request));
        const body: HoldReviewResponse = {
          review: presentReview(result.review),
          nextReview: { id: result.nextReview.id, dueOn: result.nextReview.dueOn },
        };
        return reply.status(201).send(body);
      },
    );

    const calendarTags = ['calendar'];
    app.get(
      '/calendar/feed',
      { schema: { tags: calendarTags, summary: 'Whether the signed-in worker has a calendar address' } },
      async (request): Promise<CalendarFeedStatusResponse> =>
        presentCalendarFeedStatus(await getCalendarFeedStatus(services, actorOf(request))),
    );

    app.post(
      '/calendar/feed',
      { schema: { tags: calendarTags, summary: 'A new secret calendar address; the old one stops working' } },
      async (request, reply) => {
        const { token, createdAt } = await rotateCalendarFeed(services, actorOf(request));
        const path = `/api/v1/calendar/${token}.ics`;
        const body: CalendarFeedCreatedResponse = {
          url: `${request.protocol}://${request.host}${path}`,
          path,
          createdAt: createdAt.toISOString(),
        };
        return reply.status(201).header('cache-control', 'no-store').send(body);
      },
    );

    app.delete(
      '/calendar/feed',
      { schema: { tags: calendarTags, summary: 'Turn the calendar address off' } },
      async (request, reply) => {
        await revokeCalendarFeed(services, actorOf(request));
        return reply.status(204).send();
      },
    );

    app.get(
      '/calendar/:token.ics',
      {
        schema: {
          tags: calendarTags,
          params: calendarFeedParams,
          summary: 'The calendar (RFC 5545) behind a secret address',
        },
        config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const calendar = await getCalendarFeed(services, { token: request.params.token });
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'no-store').send(calendar);
      },
    );
  };
}
