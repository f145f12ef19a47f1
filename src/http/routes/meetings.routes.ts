import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getMeeting } from '../../services/meetings/get-meeting';
import { getMeetingOpening } from '../../services/meetings/get-meeting-opening';
import { getRatingHistory } from '../../services/meetings/get-rating-history';
import { listMeetings } from '../../services/meetings/list-meetings';
import type { MeetingView } from '../../services/meetings/meeting-view';
import type { MeetingActionRecord, MeetingSummaryRecord, OpenActionRecord } from '../../services/meetings/ports';
import { recordMeeting } from '../../services/meetings/record-meeting';
import type { ServiceDeps } from '../../services/ports';
import { meetingParams, meetingsQuery, ratingHistoryQuery, recordMeetingBody } from '../../shared/api/meetings.schema';
import type { MeetingActionDto, MeetingDto, MeetingOpeningResponse, MeetingsResponse, MeetingSummaryDto, OpenActionDto, RatingHistoryResponse } from '../../shared/api/meetings.responses';
import { idParams } from '../../shared/api/common.schema';
import { actorOf } from '../session-cookie';

/** Shared meetings on a person's record: record one, list them, open the next, compare ratings. */
export function meetingsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['meetings'];
    app.post('/people/:id/meetings', { schema: { tags, params: idParams, body: recordMeetingBody, summary: 'Record a meeting' } }, async (request, reply) => {
      const { occurredAt, ...rest } = request.body;
      const input = { ...rest, personId: request.params.id, occurredAt: occurredAt ? new Date(occurredAt) : undefined };
      return reply.status(201).send(presentMeeting(await recordMeeting(services, input, actorOf(request))));
    });

    app.get('/people/:id/meetings', { schema: { tags, params: idParams, querystring: meetingsQuery, summary: 'A person’s meetings, newest first' } }, async (request) => {
      const { before, limit } = request.query;
      const input = { personId: request.params.id, before: before ? new Date(before) : undefined, limit };
      const body: MeetingsResponse = { meetings: (await listMeetings(services, input, actorOf(request))).map(presentSummary) };
      return body;
    });

    app.get('/people/:id/meetings/opening', { schema: { tags, params: idParams, summary: 'What the next meeting opens with' } }, async (request) => {
      const opening = await getMeetingOpening(services, { personId: request.params.id }, actorOf(request));
      const body: MeetingOpeningResponse = {
        ...opening,
        lastMeeting: opening.lastMeeting ? presentSummary(opening.lastMeeting) : null,
        openActions: opening.openActions.map(presentOpenAction),
      };
      return body;
    });

    app.get(
      '/people/:id/meetings/ratings',
      { schema: { tags, params: idParams, querystring: ratingHistoryQuery, summary: 'Ratings across meetings, improvements first' } },
      async (request) => {
        const history = await getRatingHistory(services, { personId: request.params.id, meetings: request.query.meetings }, actorOf(request));
        const body: RatingHistoryResponse = {
          instrument: history.instrument,
          meetings: history.meetings.map((m) => ({ meetingId: m.meetingId, occurredAt: m.occurredAt.toISOString() })),
          areas: history.areas.map((area) => ({ ...area, history: area.history.map((p) => ({ ...p, occurredAt: p.occurredAt.toISOString() })) })),
        };
        return body;
      },
    );

    app.get('/people/:id/meetings/:meetingId', { schema: { tags, params: meetingParams, summary: 'One meeting' } }, async (request) =>
      presentMeeting(await getMeeting(services, { personId: request.params.id, meetingId: request.params.meetingId }, actorOf(request))),
    );
  };
}

const presentAction = (a: MeetingActionRecord): MeetingActionDto => ({
  id: a.id,
  meetingId: a.meetingId,
  areaId: a.areaId,
  owner: a.owner,
  ownerName: a.ownerName,
  description: a.description,
  dueOn: a.dueOn,
  outcome: a.outcome,
  reviewedInMeetingId: a.reviewedInMeetingId,
  reviewedAt: a.reviewedAt?.toISOString() ?? null,
});

const presentOpenAction = (a: OpenActionRecord): OpenActionDto => ({ ...presentAction(a), agreedAt: a.agreedAt.toISOString() });

const presentSummary = (m: MeetingSummaryRecord): MeetingSummaryDto => ({
  id: m.id,
  occurredAt: m.occurredAt.toISOString(),
  workers: m.workers,
  leadWorkerId: m.leadWorkerId,
  beyondRoutine: m.beyondRoutine,
  hasRatings: m.ratingsResponseId !== null,
  areaIds: m.areaIds,
  actionsAgreed: m.actionsAgreed,
});

function presentMeeting(view: MeetingView): MeetingDto {
  const { contact, ratings } = view;
  return {
    id: view.meeting.id,
    occurredAt: contact.occurredAt.toISOString(),
    durationMinutes: contact.durationMinutes,
    mode: contact.mode,
    beyondRoutine: contact.beyondRoutine,
    beyondRoutineNote: contact.beyondRoutineNote,
    adminMinutes: contact.adminMinutes,
    note: contact.note,
    workers: contact.workers,
    leadWorkerId: view.meeting.leadWorkerId,
    recordedAt: contact.recordedAt.toISOString(),
    ratings: ratings && {
      responseId: ratings.id,
      instrumentId: ratings.instrumentId,
      version: ratings.version,
      answers: ratings.answers.map(({ itemId, value }) => ({ itemId, value })),
      scores: ratings.scores.map(({ scoreId, label, value }) => ({ scoreId, label, value })),
    },
    areas: view.areas.map(({ personId: _p, meetingId: _m, ...area }) => area),
    actions: view.actions.map(presentAction),
    reviewedActions: view.reviewedActions.map(presentAction),
  };
}
