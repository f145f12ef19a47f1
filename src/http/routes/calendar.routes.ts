import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCalendarFeedStatus, revokeCalendarFeed, rotateCalendarFeed } from '../../services/reviews/calendar-feed-settings';
import { getCalendarFeed } from '../../services/reviews/get-calendar-feed';
import type { ServiceDeps } from '../../services/ports';
import { calendarFeedParams } from '../../shared/api/reviews.schema';
import type { CalendarFeedCreatedResponse, CalendarFeedStatusResponse } from '../../shared/api/reviews.responses';
import { actorOf } from '../session-cookie';

/**
 * A worker's calendar of reviews. The signed-in worker gets or replaces their secret address; the
 * address itself is fetched by calendar apps, which cannot send cookies, so the token is the key.
 */
export function calendarRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['calendar'];
    app.get('/calendar/feed', { schema: { tags, summary: 'Whether the signed-in worker has a calendar address' } }, async (request): Promise<CalendarFeedStatusResponse> => {
      const status = await getCalendarFeedStatus(services, actorOf(request));
      return { isActive: status.isActive, createdAt: status.createdAt?.toISOString() ?? null, lastUsedAt: status.lastUsedAt?.toISOString() ?? null };
    });

    app.post('/calendar/feed', { schema: { tags, summary: 'A new secret calendar address; the old one stops working' } }, async (request, reply) => {
      const { token, createdAt } = await rotateCalendarFeed(services, actorOf(request));
      const path = `/api/v1/calendar/${token}.ics`;
      const body: CalendarFeedCreatedResponse = { url: `${request.protocol}://${request.host}${path}`, path, createdAt: createdAt.toISOString() };
      return reply.status(201).header('cache-control', 'no-store').send(body);
    });

    app.delete('/calendar/feed', { schema: { tags, summary: 'Turn the calendar address off' } }, async (request, reply) => {
      await revokeCalendarFeed(services, actorOf(request));
      return reply.status(204).send();
    });

    app.get(
      '/calendar/:token.ics',
      { schema: { tags, params: calendarFeedParams, summary: 'The calendar (RFC 5545) behind a secret address' }, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const calendar = await getCalendarFeed(services, { token: request.params.token });
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'no-store').send(calendar);
      },
    );
  };
}
