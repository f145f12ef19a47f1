import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../domain/errors/app-error';
import { capabilityStatement } from '../../fhir/capability-statement';
import { operationOutcome } from '../../fhir/operation-outcome';
import { instrumentToQuestionnaire } from '../../fhir/export-questionnaire';
import {
  careTeamPractitioners,
  LOCAL_IDENTIFIER_SYSTEM,
  NHS_NUMBER_SYSTEM,
  toAuditEvent,
  toCareTeam,
  toEncounter,
  toPatient,
  toPractitioner,
} from '../../fhir/person-resources';
import type { Bundle, Resource } from '../../fhir/r4-resources';
import {
  all,
  checkKnownParameters,
  dateRange,
  pageSize,
  patientReference,
  type QueryValues,
  SearchParameterError,
  single,
} from '../../fhir/search-parameters';
import { listContacts } from '../../services/contacts/list-contacts';
import type { ContactCursor } from '../../services/contacts/ports';
import { listInstruments } from '../../services/instruments/list-instruments';
import { getWorkerProfile } from '../../services/organisation/get-worker-profile';
import { getAccessLog } from '../../services/people/get-access-log';
import { getPerson } from '../../services/people/get-person';
import { searchPeople } from '../../services/people/search-people';
import type { ServiceDeps } from '../../services/ports';
import { STATUS_BY_CODE } from '../error-handler';
import { fhirBulkExportRoutes } from './fhir-bulk-export.routes';
import { actorOf, sessionHook } from '../session-cookie';

export const FHIR_PREFIX = '/fhir/R4';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const ID = /^[0-9a-f-]{36}$/i;
const CARE_TEAM_INCLUDES = ['CareTeam:participant', 'CareTeam:participant:Practitioner'];

/**
 * FHIR R4 reads and searches over the same use cases as the app, so the access policy and the audit
 * apply unchanged (ADR 0034). Errors are OperationOutcomes; only GET is served.
 */
export function fhirRoutes(services: ServiceDeps, options: { version: string }) {
  return async (app: FastifyInstance): Promise<void> => {
    app.addHook('onRequest', sessionHook(services));
    app.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      // Bulk export files are NDJSON; everything else is FHIR JSON.
      if (!String(reply.getHeader('content-type') ?? '').includes('ndjson')) reply.type(FHIR_JSON);
    });
    app.setErrorHandler(fhirError);
    app.setNotFoundHandler((request, reply) =>
      reply
        .status(404)
        .send(
          operationOutcome(
            'not_supported',
            `${request.method} ${request.url.split('?')[0]} is not served: see ${FHIR_PREFIX}/metadata for what is.`,
          ),
        ),
    );

    await app.register(fhirBulkExportRoutes(services, baseUrl));

    app.get('/metadata', async (request) =>
      capabilityStatement({ version: options.version, baseUrl: baseUrl(request), now: services.now() }),
    );

    app.get<{ Params: { id: string } }>('/Patient/:id', async (request) => {
      const summary = await getPerson(
        services,
        { personId: resourceId(request.params.id, 'Patient') },
        actorOf(request),
      );
      return toPatient(summary);
    });
    app.get('/Patient', async (request) => {
      const query = searchQuery(request, ['_id', 'identifier', 'name']);
      const id = single(query, '_id');
      const identifier = single(query, 'identifier');
      const name = single(query, 'name');
      if ([id, identifier, name].filter((v) => v !== undefined).length !== 1) {
        throw new SearchParameterError('Search for people by one of _id, identifier (system|value) or name.');
      }
      const actor = actorOf(request);
      if (id !== undefined) {
        return searchset(
          request,
          [toPatient(await getPerson(services, { personId: resourceId(id, 'Patient') }, actor))],
          null,
        );
      }
      // Found as the app's search finds them; only records the account may open are returned, each read audited.
      const text = identifier !== undefined ? identifierValue(identifier) : name!;
      const { results } = await searchPeople(services, { query: text }, actor);
      const patients = [];
      for (const result of results.filter((r) => r.canOpen)) {
        patients.push(toPatient(await getPerson(services, { personId: result.id }, actor)));
      }
      return searchset(request, patients, null);
    });

    app.get<{ Params: { id: string } }>('/CareTeam/:id', async (request) => {
      const summary = await getPerson(
        services,
        { personId: resourceId(request.params.id, 'CareTeam') },
        actorOf(request),
      );
      const team = toCareTeam(summary, services.now());
      if (!team) throw new AppError('not_found', 'There is no CareTeam with that id.');
      return team;
    });
    app.get('/CareTeam', async (request) => {
      const query = searchQuery(request, ['patient', 'subject', '_include']);
      const personId = requirePatient(query, 'care teams');
      const includes = all(query, '_include');
      const unknownInclude = includes.find((value) => !CARE_TEAM_INCLUDES.includes(value));
      if (unknownInclude) {
        throw new SearchParameterError(
          `_include=${unknownInclude} is not supported; use _include=CareTeam:participant.`,
        );
      }
      const summary = await getPerson(services, { personId }, actorOf(request));
      const team = toCareTeam(summary, services.now());
      const included = team && includes.length > 0 ? careTeamPractitioners(summary) : [];
      return searchset(request, team ? [team] : [], null, included);
    });

    app.get<{ Params: { id: string } }>('/Practitioner/:id', async (request) =>
      toPractitioner(
        await getWorkerProfile(services, { workerId: resourceId(request.params.id, 'Practitioner') }, actorOf(request)),
      ),
    );

    app.get('/AuditEvent', async (request) => {
      const query = searchQuery(request, ['patient', 'subject']);
      const personId = requirePatient(query, 'the audit trail');
      const count = pageSize(query);
      const cursor = single(query, '_cursor');
      const before = cursor ? readCursor(cursor) : undefined;
      const lines = await getAccessLog(
        services,
        { personId, before: before ? { occurredAt: before.occurredAt, id: before.id! } : undefined, limit: count },
        actorOf(request),
      );
      const last = lines.at(-1);
      const next =
        last && lines.length > 0 && count > 0 ? writeCursor({ occurredAt: last.firstAt, id: last.id }) : null;
      return searchset(
        request,
        lines.map((line) => toAuditEvent(personId, line)),
        next,
      );
    });

    app.get<{ Params: { id: string } }>('/Questionnaire/:id', async (request) => {
      const found = (await listInstruments(services, actorOf(request))).find(
        (i) => i.definition.id === request.params.id,
      );
      if (!found)
        throw new AppError('not_found', `There is no Questionnaire with the id ${request.params.id.slice(0, 64)}.`);
      return instrumentToQuestionnaire(found.definition);
    });
    app.get('/Questionnaire', async (request) => {
      const query = searchQuery(request, ['_id', 'url']);
      const id = single(query, '_id');
      const url = single(query, 'url');
      const questionnaires = (await listInstruments(services, actorOf(request)))
        .map((i) => instrumentToQuestionnaire(i.definition))
        .filter((q) => (id === undefined || q.id === id) && (url === undefined || q.url === url));
      return searchset(request, questionnaires, null);
    });

    app.get('/Encounter', async (request) => {
      const query = searchQuery(request, ['patient', 'subject', 'date']);
      const personId = requirePatient(query, 'encounters');
      const count = pageSize(query);
      const { from, until } = dateRange(all(query, 'date'));
      const cursor = single(query, '_cursor');
      const before: ContactCursor | undefined = cursor ? readCursor(cursor) : until ? { occurredAt: until } : undefined;
      if (count === 0 || (from && until && from >= until)) return searchset(request, [], null);
      const page = await listContacts(services, { personId, before, limit: count }, actorOf(request));
      const inRange = from ? page.filter((contact) => contact.occurredAt >= from) : page;
      // Newest first: once a contact is before `from`, every later page would be too.
      const last = inRange.at(-1);
      const more = inRange.length === page.length && page.length === count && last !== undefined;
      return searchset(request, inRange.map(toEncounter), more ? writeCursor(last) : null);
    });
  };
}

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${FHIR_PREFIX}`;
}

function resourceId(id: string, type: string): string {
  if (!ID.test(id)) throw new AppError('not_found', `There is no ${type} with the id ${id.slice(0, 64)}.`);
  return id.toLowerCase();
}

/** `system|value`, `|value` or `value`; only the identifier systems Tandem issues are searched. */
function identifierValue(token: string): string {
  const bar = token.indexOf('|');
  if (bar === -1) return token;
  const system = token.slice(0, bar);
  if (system && system !== NHS_NUMBER_SYSTEM && system !== LOCAL_IDENTIFIER_SYSTEM) {
    throw new SearchParameterError(`Tandem does not keep identifiers of the system ${system.slice(0, 200)}.`);
  }
  return token.slice(bar + 1);
}

function isLenient(request: FastifyRequest): boolean {
  return /\bhandling\s*=\s*lenient\b/i.test(String(request.headers.prefer ?? ''));
}

function searchQuery(request: FastifyRequest, known: string[]): QueryValues {
  return checkKnownParameters(request.query as QueryValues, known, isLenient(request));
}

function requirePatient(query: QueryValues, what: string): string {
  const personId = patientReference(query);
  if (!personId) throw new SearchParameterError(`Search ${what} for one person: patient=Patient/ID.`);
  return personId;
}

function readCursor(text: string): ContactCursor {
  const [at, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const occurredAt = new Date(at ?? '');
  if (Number.isNaN(occurredAt.getTime()) || !id || !ID.test(id)) {
    throw new SearchParameterError('This page link is not valid; start the search again.');
  }
  return { occurredAt, id };
}

function writeCursor(last: { occurredAt: Date; id: string }): string {
  return Buffer.from(`${last.occurredAt.toISOString()}|${last.id}`, 'utf8').toString('base64url');
}

/** A searchset Bundle with a self link and, when there is more, a next link that carries the same search. */
function searchset(
  request: FastifyRequest,
  resources: Resource[],
  nextCursor: string | null,
  included: Resource[] = [],
): Bundle {
  const base = baseUrl(request);
  const path = request.url.split('?')[0] ?? '';
  const url = new URL(`${request.protocol}://${request.host}${request.url}`);
  const link = [{ relation: 'self', url: `${base}${path.slice(FHIR_PREFIX.length)}${url.search}` }];
  if (nextCursor) {
    url.searchParams.set('_cursor', nextCursor);
    link.push({ relation: 'next', url: `${base}${path.slice(FHIR_PREFIX.length)}${url.search}` });
  }
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    link,
    entry: [
      ...resources.map((resource) => entry(base, resource, 'match')),
      ...included.map((resource) => entry(base, resource, 'include')),
    ],
  };
}

function entry(base: string, resource: Resource, mode: 'match' | 'include'): Bundle['entry'][number] {
  return {
    fullUrl: `${base}/${resource.resourceType}/${'id' in resource ? resource.id : ''}`,
    resource,
    search: { mode },
  };
}

function fhirError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof SearchParameterError) {
    return reply.status(400).send(operationOutcome('bad_request', error.message));
  }
  if (isAppError(error)) {
    return reply.status(STATUS_BY_CODE[error.code]).send(operationOutcome(error.code, error.message));
  }
  const status = error.statusCode ?? 500;
  if (status === 429)
    return reply.status(429).send(operationOutcome('rate_limited', 'Too many requests. Wait a minute.'));
  if (status >= 400 && status < 500) return reply.status(status).send(operationOutcome('bad_request', error.message));
  request.log.error({ err: error }, 'unexpected error');
  return reply.status(500).send(operationOutcome('internal', 'Something went wrong on our side. Try again.'));
}
