import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getMeeting } from '../../services/meetings/get-meeting';
import { getMeetingOpening } from '../../services/meetings/get-meeting-opening';
import { getRatingHistory } from '../../services/meetings/get-rating-history';
import { listMeetings } from '../../services/meetings/list-meetings';
import { recordMeeting } from '../../services/meetings/record-meeting';
import type { ServiceDeps } from '../../services/ports';
import { meetingParams, meetingsQuery, ratingHistoryQuery, recordMeetingBody } from '../../shared/api/meetings.schema';
import type { MeetingOpeningResponse, MeetingsResponse } from '../../shared/api/meetings.responses';
import { idParams } from '../../shared/api/common.schema';
import {
  presentMeeting,
  presentMeetingSummary,
  presentOpenAction,
  presentRatingHistory,
} from '../presenters/meetings.presenter';
import { actorOf } from '../session-cookie';

/** Shared meetings on a person's record: record one, list them, open the next, compare ratings. */
export function meetingsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['meetings'];
    app.post(
      '/people/:id/meetings',
      { schema: { tags, params: idParams, body: recordMeetingBody, summary: 'Record a meeting' } },
      async (request, reply) => {
        const { occurredAt, ...rest } = request.body;
        const input = {
          ...rest,
          personId: request.params.id,
          occurredAt: occurredAt ? new Date(occurredAt) : undefined,
        };
        return reply.status(201).send(presentMeeting(await recordMeeting(services, input, actorOf(request))));
      },
    );

    app.get(
      '/people/:id/meetings',
      { schema: { tags, params: idParams, querystring: meetingsQuery, summary: 'A person’s meetings, newest first' } },
      async (request) => {
        const { before, limit } = request.query;
        const input = { personId: request.params.id, before: before ? new Date(before) : undefined, limit };
        const body: MeetingsResponse = {
          meetings: (await listMeetings(services, input, actorOf(request))).map(presentMeetingSummary),
        };
        return body;
      },
    );

    app.get(
      '/people/:id/meetings/opening',
      { schema: { tags, params: idParams, summary: 'What the next meeting opens with' } },
      async (request) => {
        const opening = await getMeetingOpening(services, { personId: request.params.id }, actorOf(request));
        const body: MeetingOpeningResponse = {
          ...opening,
          lastMeeting: opening.lastMeeting ? presentMeetingSummary(opening.lastMeeting) : null,
          openActions: opening.openActions.map(presentOpenAction),
        };
        return body;
      },
    );

    app.get(
      '/people/:id/meetings/ratings',
      {
        schema: {
          tags,
          params: idParams,
          querystring: ratingHistoryQuery,
          summary: 'Ratings across meetings, improvements first',
        },
      },
      async (request) => {
        const history = await getRatingHistory(
          services,
          { personId: request.params.id, meetings: request.query.meetings },
          actorOf(request),
        );
        return presentRatingHistory(history);
      },
    );

    app.get(
      '/people/:id/meetings/:meetingId',
      { schema: { tags, params: meetingParams, summary: 'One meeting' } },
      async (request) =>
        presentMeeting(
          await getMeeting(
            services,
            { personId: request.params.id, meetingId: request.params.meetingId },
            actorOf(request),
          ),
        ),
    );
  };
}
