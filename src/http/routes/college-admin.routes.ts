import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CollegeFigures } from '../../domain/college/college-figures';
import { RECOVERY_COLLEGE_FIDELITY_COMPONENTS } from '../../domain/instruments/catalogue/recovery-college-fidelity';
import { addDesignNote, listDesignNotes } from '../../services/college/design-notes';
import { listFidelityAssessments, recordFidelityAssessment } from '../../services/college/fidelity-self-assessment';
import { type CourseFeedbackFigure, getCollegeFigures } from '../../services/college/get-college-figures';
import { createRoom, listRooms, updateRoom } from '../../services/college/manage-rooms';
import { getSessionDelivery, recordSessionDelivery } from '../../services/college/record-session-delivery';
import { setSessionTrainers } from '../../services/college/set-session-trainers';
import type { ServiceDeps } from '../../services/ports';
import type {
  CollegeFiguresResponse,
  DesignNotesResponse,
  FidelityAssessmentsResponse,
  RoomsResponse,
  SessionDeliveryResponse,
} from '../../shared/api/college-admin.responses';
import {
  addDesignNoteBody,
  collegeFiguresQuery,
  createRoomBody,
  recordFidelityBody,
  sessionDeliveryBody,
  updateRoomBody,
} from '../../shared/api/college-admin.schema';
import { idParams } from '../../shared/api/common.schema';
import { formatCsv } from '../csv';
import { presentDesignNote, presentFidelityAssessment, presentRoom } from '../presenters/college-admin.presenter';
import { presentTerm } from '../presenters/college.presenter';
import { actorOf } from '../session-cookie';

const tags = ['college'];

/** Running the Recovery College: rooms, who delivered each session, design notes, the figures. */
export function collegeAdminRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/college/rooms', { schema: { tags, summary: 'The college’s rooms' } }, async (request) => {
      const body: RoomsResponse = { rooms: (await listRooms(services, actorOf(request))).map(presentRoom) };
      return body;
    });

    app.post(
      '/college/rooms',
      { schema: { body: createRoomBody, tags, summary: 'Add a room' } },
      async (request, reply) =>
        reply.status(201).send(presentRoom(await createRoom(services, request.body, actorOf(request)))),
    );

    app.put(
      '/college/rooms/:id',
      { schema: { params: idParams, body: updateRoomBody, tags, summary: 'Change a room (409 if changed meanwhile)' } },
      async (request) => {
        const { version, ...fields } = request.body;
        return presentRoom(
          await updateRoom(services, { roomId: request.params.id, version, fields }, actorOf(request)),
        );
      },
    );

    app.get(
      '/college/sessions/:id/delivery',
      { schema: { params: idParams, tags, summary: 'Who was planned to deliver a session, and who did' } },
      async (request) => {
        const body: SessionDeliveryResponse = await getSessionDelivery(services, request.params.id, actorOf(request));
        return body;
      },
    );

    app.put(
      '/college/sessions/:id/delivery',
      { schema: { params: idParams, body: sessionDeliveryBody, tags, summary: 'Mark who delivered a session' } },
      async (request) => {
        const body: SessionDeliveryResponse = await recordSessionDelivery(
          services,
          { sessionId: request.params.id, trainerIds: request.body.trainerIds },
          actorOf(request),
        );
        return body;
      },
    );

    app.put(
      '/college/sessions/:id/trainers',
      {
        schema: {
          params: idParams,
          body: sessionDeliveryBody,
          tags,
          summary: 'Change who is planned to deliver a session',
        },
      },
      async (request) =>
        setSessionTrainers(
          services,
          { sessionId: request.params.id, trainerIds: request.body.trainerIds },
          actorOf(request),
        ),
    );

    app.get(
      '/college/courses/:id/design-notes',
      { schema: { params: idParams, tags, summary: 'A course’s design notes and co-production meetings' } },
      async (request) => {
        const notes = await listDesignNotes(services, request.params.id, actorOf(request));
        const body: DesignNotesResponse = { notes: notes.map(presentDesignNote) };
        return body;
      },
    );

    app.post(
      '/college/courses/:id/design-notes',
      {
        schema: {
          params: idParams,
          body: addDesignNoteBody,
          tags,
          summary: 'Add a design note or co-production meeting',
        },
      },
      async (request, reply) => {
        const note = await addDesignNote(services, { ...request.body, courseId: request.params.id }, actorOf(request));
        return reply.status(201).send(presentDesignNote(note));
      },
    );

    app.get(
      '/college/fidelity',
      { schema: { tags, summary: 'The college’s fidelity self-assessments, the latest first' } },
      async (request) => {
        const assessments = await listFidelityAssessments(services, actorOf(request));
        const body: FidelityAssessmentsResponse = {
          components: [...RECOVERY_COLLEGE_FIDELITY_COMPONENTS],
          assessments: assessments.map(presentFidelityAssessment),
        };
        return body;
      },
    );

    app.post(
      '/college/fidelity',
      { schema: { body: recordFidelityBody, tags, summary: 'Record a fidelity self-assessment' } },
      async (request, reply) =>
        reply
          .status(201)
          .send(presentFidelityAssessment(await recordFidelityAssessment(services, request.body, actorOf(request)))),
    );

    app.get(
      '/college/figures',
      { schema: { querystring: collegeFiguresQuery, tags, summary: 'The college’s figures, by course and term' } },
      async (request) => {
        const termId = request.query.termId ?? null;
        const { terms, figures, feedback } = await getCollegeFigures(services, { termId }, actorOf(request));
        const body: CollegeFiguresResponse = { terms: terms.map(presentTerm), termId, ...figures, feedback };
        return body;
      },
    );

    app.get(
      '/college/figures.csv',
      { schema: { querystring: collegeFiguresQuery, tags, summary: 'The college’s figures by course, as CSV' } },
      async (request, reply) => {
        const termId = request.query.termId ?? null;
        const { figures, feedback } = await getCollegeFigures(services, { termId }, actorOf(request));
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="tandem-college-figures${termId ? `-${termId}` : ''}.csv"`,
          )
          .header('cache-control', 'no-store')
          .send(figuresCsv(figures, feedback));
      },
    );
  };
}

/** One line per course, then the college's totals; shares as fractions, as the other exports give them. */
function figuresCsv(figures: CollegeFigures, feedback: CourseFeedbackFigure[]): string {
  const feedbackOf = new Map(feedback.map((f) => [f.courseId, f]));
  return formatCsv(
    [
      'term',
      'course',
      'enrolled',
      'sessions_planned',
      'sessions_marked',
      'attendance',
      'completed',
      'completion',
      'feedback_answers',
      'feedback_mean_rating',
    ],
    [
      ...figures.courses.map((c) => [
        c.termName,
        c.courseTitle,
        c.enrolled,
        c.sessionsPlanned,
        c.sessionsMarked,
        c.attendance,
        c.completed,
        c.completion,
        feedbackOf.get(c.courseId)?.responses ?? 0,
        feedbackOf.get(c.courseId)?.meanRating ?? null,
      ]),
      [
        'All',
        'All courses',
        figures.totals.enrolled,
        null,
        null,
        figures.totals.attendance,
        null,
        figures.totals.completion,
        feedback.reduce((sum, f) => sum + f.responses, 0),
        null,
      ],
    ],
  );
}
