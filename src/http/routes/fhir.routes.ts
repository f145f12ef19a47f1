import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors/app-error';
import { capabilityStatement } from '../../fhir/capability-statement';
import { operationOutcome } from '../../fhir/operation-outcome';
import { instrumentToQuestionnaire } from '../../fhir/export-questionnaire';
import { questionnaireResourceId } from '../../fhir/questionnaire-response-resources';
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
import { all, dateRange, pageSize, SearchParameterError, single } from '../../fhir/search-parameters';
import { listContacts } from '../../services/contacts/list-contacts';
import type { ContactCursor } from '../../services/contacts/ports';
import { listInstruments } from '../../services/instruments/list-instruments';
import { getWorkerProfile } from '../../services/organisation/get-worker-profile';
import { getAccessLog } from '../../services/people/get-access-log';
import { getPerson } from '../../services/people/get-person';
import { searchPeople } from '../../services/people/search-people';
import type { ServiceDeps } from '../../services/ports';
import {
  baseUrl,
  FHIR_PREFIX,
  fhirError,
  readCursor,
  requirePatient,
  resourceId,
  searchQuery,
  searchset,
  writeCursor,
} from '../fhir-search';
import { fhirBulkExportRoutes } from './fhir-bulk-export.routes';
import { actorOf, sessionHook } from '../session-cookie';
import { fhirCarerRoutes } from './fhir-carers.routes';
import { fhirPlanRoutes } from './fhir-plans.routes';
import { fhirIpsRoutes } from './fhir-ips.routes';
import { fhirCollegeRoutes } from './fhir-college.routes';
import { fhirQuestionnaireRoutes } from './fhir-questionnaires.routes';
import { registerIdempotency } from '../idempotency-hook';

export { FHIR_PREFIX } from '../fhir-search';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const CARE_TEAM_INCLUDES = ['CareTeam:participant', 'CareTeam:participant:Practitioner'];

/**
 * FHIR R4 reads and searches over the same use cases as the app, so the access policy and the audit
 * apply unchanged (ADR 0034). Errors are OperationOutcomes; the only writes are QuestionnaireResponse
 * create and update and Questionnaire import (ADR 0046).
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
    // Clients send FHIR JSON; a retried create with the same Idempotency-Key gets the first answer again.
    app.addContentTypeParser(
      'application/fhir+json',
      { parseAs: 'string', bodyLimit: 1024 * 1024 },
      app.getDefaultJsonParser('error', 'error'),
    );
    registerIdempotency(app, services);
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
      const query = searchQuery(request, 'Patient');
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
      const query = searchQuery(request, 'CareTeam');
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
      const query = searchQuery(request, 'AuditEvent');
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
        (i) => questionnaireResourceId(i.definition) === request.params.id,
      );
      if (!found)
        throw new AppError('not_found', `There is no Questionnaire with the id ${request.params.id.slice(0, 64)}.`);
      return { ...instrumentToQuestionnaire(found.definition), id: request.params.id };
    });
    app.get('/Questionnaire', async (request) => {
      const query = searchQuery(request, 'Questionnaire');
      const id = single(query, '_id');
      const url = single(query, 'url');
      const questionnaires = (await listInstruments(services, actorOf(request)))
        .map((i) => ({ ...instrumentToQuestionnaire(i.definition), id: questionnaireResourceId(i.definition) }))
        .filter((q) => (id === undefined || q.id === id) && (url === undefined || q.url === url));
      return searchset(request, questionnaires, null);
    });

    app.get('/Encounter', async (request) => {
      const query = searchQuery(request, 'Encounter');
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

    await fhirPlanRoutes(app, services);
    await fhirCarerRoutes(app, services);
    await fhirIpsRoutes(app, services);
    await fhirCollegeRoutes(app, services);
    await fhirQuestionnaireRoutes(app, services);
  };
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
