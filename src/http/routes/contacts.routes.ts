import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listContacts } from '../../services/contacts/list-contacts';
import { recordContact } from '../../services/contacts/record-contact';
import type { ServiceDeps } from '../../services/ports';
import { idParams } from '../../shared/api/common.schema';
import type { ContactsResponse } from '../../shared/api/contacts.responses';
import { contactsQuery, recordContactBody } from '../../shared/api/contacts.schema';
import { presentContact } from '../presenters/contacts.presenter';
import { actorOf } from '../session-cookie';

/** A person's contacts: record one in seconds, list them newest first. */
export function contactsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/people/:id/contacts',
      {
        schema: {
          params: idParams,
          querystring: contactsQuery,
          tags: ['people'],
          summary: 'A person’s contacts, newest first',
        },
      },
      async (request) => {
        const { before, beforeId, limit } = request.query;
        const contacts = await listContacts(
          services,
          {
            personId: request.params.id,
            before: before ? { occurredAt: new Date(before), id: beforeId } : undefined,
            limit,
          },
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
        const input = {
          ...rest,
          personId: request.params.id,
          occurredAt: occurredAt ? new Date(occurredAt) : undefined,
        };
        const contact = await recordContact(services, input, actorOf(request));
        return reply.status(201).send(presentContact(contact));
      },
    );
  };
}
