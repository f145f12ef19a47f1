import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { breakGlass } from '../../services/access/break-glass';
import { getCaseload } from '../../services/caseload/get-caseload';
import { listContacts } from '../../services/contacts/list-contacts';
import { recordContact } from '../../services/contacts/record-contact';
import { getAccessLog } from '../../services/people/get-access-log';
import { dischargePerson } from '../../services/people/discharge-person';
import { editPersonDetails } from '../../services/people/edit-person-details';
import { getPerson } from '../../services/people/get-person';
import { identifierSchemeOf } from '../../services/people/people-deps';
import { searchPeople } from '../../services/people/search-people';
import { setResearchChoice } from '../../services/people/set-research-choice';
import { formatLocalIdentifier, LOCAL_IDENTIFIER_LABELS } from '../../domain/people/local-identifier';
import { dischargePersonBody, editPersonDetailsBody, researchChoiceBody, searchPeopleQuery } from '../../shared/api/people.schema';
import type { PersonDischargeResponse, PersonSearchResponse } from '../../shared/api/people.responses';
import type { ServiceDeps } from '../../services/ports';
import { breakGlassBody, contactsQuery, idParams, recordContactBody } from '../../shared/api/requests.schema';
import type { AccessLogResponse, BreakGlassResponse, CaseloadResponse, ContactsResponse } from '../../shared/api/responses';
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

    app.get('/people/search', { schema: { querystring: searchPeopleQuery, tags: ['people'], summary: 'Find a person by name or identifier' } }, async (request) => {
      const scheme = identifierSchemeOf(services);
      const found = await searchPeople(services, { query: request.query.q }, actorOf(request));
      const body: PersonSearchResponse = {
        identifierLabel: LOCAL_IDENTIFIER_LABELS[scheme],
        hasMore: found.hasMore,
        results: found.results.map((p) => ({
          id: p.id, name: p.name, preferredName: p.preferredName, dateOfBirth: p.dateOfBirth,
          identifier: p.localIdentifier ? formatLocalIdentifier(scheme, p.localIdentifier) : null,
          teamName: p.teamName, dischargedOn: p.dischargedOn, canOpen: p.canOpen, canBreakGlass: p.canBreakGlass,
        })),
      };
      return body;
    });

    app.put(
      '/people/:id/details',
      { schema: { params: idParams, body: editPersonDetailsBody, tags: ['people'], summary: 'Edit a person’s details' } },
      async (request) => {
        const { body } = request;
        await editPersonDetails(
          services,
          { ...body, preferredName: body.preferredName ?? null, dateOfBirth: body.dateOfBirth ?? null, localIdentifier: body.localIdentifier ?? null, personId: request.params.id },
          actorOf(request),
        );
        return presentPerson(await getPerson(services, { personId: request.params.id }, actorOf(request)), services.now());
      },
    );

    app.post(
      '/people/:id/discharge',
      { schema: { params: idParams, body: dischargePersonBody, tags: ['people'], summary: 'Discharge a person from the service' } },
      async (request) => {
        // The care team has just ended, so the worker may no longer open the record: answer with the discharge itself.
        const person = await dischargePerson(services, { ...request.body, personId: request.params.id }, actorOf(request));
        const body: PersonDischargeResponse = {
          version: person.version,
          discharge: { dischargedOn: person.dischargedOn ?? '', reason: request.body.reason, note: person.dischargeNote },
        };
        return body;
      },
    );

    app.put(
      '/people/:id/research-choice',
      { schema: { params: idParams, body: researchChoiceBody, tags: ['people'], summary: 'The person leaves research exports, or joins them again' } },
      async (request) => setResearchChoice(services, { personId: request.params.id, optOut: request.body.optOut }, actorOf(request)),
    );

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
