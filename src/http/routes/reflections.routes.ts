import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceDeps } from '../../services/ports';
import { listReflections } from '../../services/reflections/list-reflections';
import { listSupervisees } from '../../services/reflections/list-supervisees';
import { recordSupervisionSession } from '../../services/reflections/record-supervision-session';
import { replyToReflection } from '../../services/reflections/reply-to-reflection';
import { shareReflection } from '../../services/reflections/share-reflection';
import { writeReflection } from '../../services/reflections/write-reflection';
import { idParams } from '../../shared/api/common.schema';
import type { SuperviseesResponse } from '../../shared/api/reflections.responses';
import {
  replyToReflectionBody,
  supervisionSessionBody,
  workerParams,
  writeReflectionBody,
} from '../../shared/api/reflections.schema';
import {
  presentReflection,
  presentReflectionReply,
  presentReflectiveLog,
  presentSupervisee,
  presentSupervisionSession,
} from '../presenters/reflections.presenter';
import { actorOf } from '../session-cookie';

/** A worker's own reflective log; the entries they share with their supervisor; supervision sessions. */
export function reflectionsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reflections',
      { schema: { tags: ['reflections'], summary: 'The signed-in worker’s own reflective log' } },
      async (request) => presentReflectiveLog(await listReflections(services, {}, actorOf(request))),
    );

    app.post(
      '/reflections',
      { schema: { body: writeReflectionBody, tags: ['reflections'], summary: 'Write a reflection, private to you' } },
      async (request, reply) => {
        const { keepNames, wouldDoAgainNote, ...rest } = request.body;
        const saved = await writeReflection(
          services,
          { ...rest, wouldDoAgainNote: wouldDoAgainNote ?? null, keepNames: keepNames ?? false },
          actorOf(request),
        );
        return reply.status(201).send(presentReflection(saved));
      },
    );

    app.post(
      '/reflections/:id/share',
      { schema: { params: idParams, tags: ['reflections'], summary: 'Share a reflection with your supervisor' } },
      async (request) =>
        presentReflection(await shareReflection(services, { reflectionId: request.params.id }, actorOf(request))),
    );

    app.post(
      '/reflections/:id/replies',
      {
        schema: {
          params: idParams,
          body: replyToReflectionBody,
          tags: ['reflections'],
          summary: 'Reply on a shared reflection',
        },
      },
      async (request, reply) => {
        const saved = await replyToReflection(
          services,
          { reflectionId: request.params.id, text: request.body.text },
          actorOf(request),
        );
        return reply.status(201).send(presentReflectionReply(saved));
      },
    );

    app.get(
      '/supervision',
      { schema: { tags: ['reflections'], summary: 'A manager’s supervisees and what each has shared' } },
      async (request) => {
        const body: SuperviseesResponse = {
          supervisees: (await listSupervisees(services, actorOf(request))).map(presentSupervisee),
        };
        return body;
      },
    );

    app.get(
      '/supervision/:workerId',
      {
        schema: {
          params: workerParams,
          tags: ['reflections'],
          summary: 'The reflections a worker shared with you, and your sessions',
        },
      },
      async (request) =>
        presentReflectiveLog(await listReflections(services, { workerId: request.params.workerId }, actorOf(request))),
    );

    app.post(
      '/supervision/:workerId/sessions',
      {
        schema: {
          params: workerParams,
          body: supervisionSessionBody,
          tags: ['reflections'],
          summary: 'Record a supervision session and the reflections discussed',
        },
      },
      async (request, reply) => {
        const session = await recordSupervisionSession(
          services,
          { workerId: request.params.workerId, ...request.body, note: request.body.note ?? null },
          actorOf(request),
        );
        return reply.status(201).send(presentSupervisionSession(session));
      },
    );
  };
}
