import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { breakGlass } from '../../services/access/break-glass';
import { getCaseload } from '../../services/caseload/get-caseload';
import { listContacts } from '../../services/contacts/list-contacts';
import { recordContact } from '../../services/contacts/record-contact';
import { getAccessLog } from '../../services/people/get-access-log';
import { getPerson } from '../../services/people/get-person';
import type { ServiceDeps } from '../../services/ports';
import { breakGlassBody } from '../../shared/api/people.schema';
import { contactsQuery, recordContactBody } from '../../shared/api/contacts.schema';
import { idParams } from '../../shared/api/common.schema';
import type { AccessLogResponse, BreakGlassResponse } from '../../shared/api/people.responses';
import type { CaseloadResponse } from '../../shared/api/caseload.responses';
import type { ContactsResponse } from '../../shared/api/contacts.responses';
import { presentAccessLogEntry, presentCaseloadEntry, presentContact, presentPerson } from '../presenters';
import { actorOf } from '../session-cookie';

/** A worker's caseload and one person's record: summary, contacts, break glass, access log. */
export function peopleRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/caseload', { schema: { tags: ['people'], summary: 'The signed-in worker’s people' } }, async (request) => {
      const entries = await getCaseload(services, actorOf(request));
      const body: CaseloadResponse = { people: entries.map(presentCaseloadEntry) };
      return body;
    });

    app.get('/people/:id', { schema: { params: idParams, tags: ['people'], summary: 'A person’s record' } }, async (request) => {
      const summary = await getPerson(services, { personId: request.params.id }, actorOf(request));
      return presentPerson(summary, services.now());
    });

    app.get(
      '/people/:id/contacts',
      { schema: { params: idParams, querystring: contactsQuery, tags: ['people'], summary: 'A person’s contacts, newest first' } },
      async (request) => {
        const { before, beforeId, limit } = request.query;
        const contacts = await listContacts(
          services,
          { personId: request.params.id, before: before ? { occurredAt: new Date(before), id: beforeId } : undefined, limit },
          actorOf(request),
        );
        const body: ContactsResponse = { contacts: contacts.map(presentContact) };
        return body;
      },
    );

    app.post(
      '/people/:id/contacts',
      { schema: { params: idParams, body: recordContactBody, tags: ['people'], summary: 'Record a contact' } },
      async (request, reply) => {
        const { occurredAt, ...rest } = request.body;
        const input = { ...rest, personId: request.params.id, occurredAt: occurredAt ? new Date(occurredAt) : undefined };
        const contact = await recordContact(services, input, actorOf(request));
        return reply.status(201).send(presentContact(contact));
      },
    );

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
  };
}
