import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { breakGlass } from '../../services/access/break-glass';
import { getAccessLog } from '../../services/people/get-access-log';
import { dischargePerson } from '../../services/people/discharge-person';
import { editPersonDetails } from '../../services/people/edit-person-details';
import { getPerson } from '../../services/people/get-person';
import { getTeamOverview } from '../../services/people/get-team-overview';
import { listCaredFor } from '../../services/people/list-cared-for';
import { identifierSchemeOf } from '../../services/people/people-deps';
import { searchPeople } from '../../services/people/search-people';
import { setEmailChoice } from '../../services/people/set-email-choice';
import { setResearchChoice } from '../../services/people/set-research-choice';
import { formatLocalIdentifier, LOCAL_IDENTIFIER_LABELS } from '../../domain/people/local-identifier';
import type { ServiceDeps } from '../../services/ports';
import { idParams } from '../../shared/api/common.schema';
import type {
  AccessLogResponse,
  BreakGlassResponse,
  CaredForResponse,
  PersonDischargeResponse,
  PersonSearchResponse,
  TeamResponse,
} from '../../shared/api/people.responses';
import {
  accessLogQuery,
  breakGlassBody,
  dischargePersonBody,
  editPersonDetailsBody,
  emailChoiceBody,
  researchChoiceBody,
  searchPeopleQuery,
} from '../../shared/api/people.schema';
import { presentAccessLogEntry, presentPerson } from '../presenters/people.presenter';
import { actorOf } from '../session-cookie';

/** One person's record (summary, break glass, access log), a manager's team and a carer's people. */
export function peopleRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/people/search',
      { schema: { querystring: searchPeopleQuery, tags: ['people'], summary: 'Find a person by name or identifier' } },
      async (request) => {
        const scheme = identifierSchemeOf(services);
        const found = await searchPeople(services, { query: request.query.q }, actorOf(request));
        const body: PersonSearchResponse = {
          identifierLabel: LOCAL_IDENTIFIER_LABELS[scheme],
          hasMore: found.hasMore,
          results: found.results.map((p) => ({
            id: p.id,
            name: p.name,
            preferredName: p.preferredName,
            dateOfBirth: p.dateOfBirth,
            identifier: p.localIdentifier ? formatLocalIdentifier(scheme, p.localIdentifier) : null,
            teamName: p.teamName,
            dischargedOn: p.dischargedOn,
            canOpen: p.canOpen,
            canBreakGlass: p.canBreakGlass,
          })),
        };
        return body;
      },
    );

    app.put(
      '/people/:id/details',
      {
        schema: { params: idParams, body: editPersonDetailsBody, tags: ['people'], summary: 'Edit a person’s details' },
      },
      async (request) => {
        const { body } = request;
        await editPersonDetails(
          services,
          {
            ...body,
            preferredName: body.preferredName ?? null,
            dateOfBirth: body.dateOfBirth ?? null,
            localIdentifier: body.localIdentifier ?? null,
            personId: request.params.id,
          },
          actorOf(request),
        );
        return presentPerson(
          await getPerson(services, { personId: request.params.id }, actorOf(request)),
          services.now(),
          services.emailEnabled,
        );
      },
    );

    app.post(
      '/people/:id/discharge',
      {
        schema: {
          params: idParams,
          body: dischargePersonBody,
          tags: ['people'],
          summary: 'Discharge a person from the service',
        },
      },
      async (request) => {
        // The care team has just ended, so the worker may no longer open the record: answer with the discharge itself.
        const person = await dischargePerson(
          services,
          { ...request.body, personId: request.params.id },
          actorOf(request),
        );
        const body: PersonDischargeResponse = {
          version: person.version,
          discharge: {
            dischargedOn: person.dischargedOn ?? '',
            reason: request.body.reason,
            note: person.dischargeNote,
          },
        };
        return body;
      },
    );

    app.put(
      '/people/:id/research-choice',
      {
        schema: {
          params: idParams,
          body: researchChoiceBody,
          tags: ['people'],
          summary: 'The person leaves research exports, or joins them again',
        },
      },
      async (request) =>
        setResearchChoice(services, { personId: request.params.id, optOut: request.body.optOut }, actorOf(request)),
    );

    app.put(
      '/people/:id/email-choice',
      {
        schema: {
          params: idParams,
          body: emailChoiceBody,
          tags: ['people'],
          summary: 'The person’s email address, and whether to be emailed when something is waiting',
        },
      },
      async (request) => setEmailChoice(services, { personId: request.params.id, ...request.body }, actorOf(request)),
    );

    app.get(
      '/people/:id',
      { schema: { params: idParams, tags: ['people'], summary: 'A person’s record' } },
      async (request) => {
        const summary = await getPerson(services, { personId: request.params.id }, actorOf(request));
        return presentPerson(summary, services.now(), services.emailEnabled);
      },
    );

    app.post(
      '/people/:id/break-glass',
      {
        schema: {
          params: idParams,
          body: breakGlassBody,
          tags: ['people'],
          summary: 'Open a record outside the care team, with a reason',
        },
      },
      async (request, reply) => {
        const grant = await breakGlass(
          services,
          { personId: request.params.id, reason: request.body.reason },
          actorOf(request),
        );
        const body: BreakGlassResponse = { expiresAt: grant.expiresAt.toISOString() };
        return reply.status(201).send(body);
      },
    );

    app.get(
      '/people/:id/access-log',
      {
        schema: {
          params: idParams,
          querystring: accessLogQuery,
          tags: ['people'],
          summary: 'Who opened this record, newest first, a page at a time',
        },
      },
      async (request) => {
        const { before, beforeId, limit } = request.query;
        const page = before && beforeId ? { occurredAt: new Date(before), id: beforeId } : undefined;
        const entries = await getAccessLog(
          services,
          { personId: request.params.id, before: page, limit },
          actorOf(request),
        );
        const body: AccessLogResponse = { entries: entries.map(presentAccessLogEntry) };
        return body;
      },
    );

    app.get(
      '/team',
      { schema: { tags: ['team'], summary: 'The manager’s team' } },
      async (request): Promise<TeamResponse> => getTeamOverview(services, actorOf(request)),
    );
    app.get(
      '/cared-for',
      { schema: { tags: ['carers'], summary: 'The people a carer supports' } },
      async (request): Promise<CaredForResponse> => ({
        people: await listCaredFor(services, actorOf(request)),
      }),
    );
  };
}
