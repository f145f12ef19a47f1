import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../domain/errors/app-error';
import { searchParameterNames } from '../fhir/capability-statement';
import { operationOutcome, operationOutcomeWithIssues } from '../fhir/operation-outcome';
import type { Bundle, Resource } from '../fhir/r4-resources';
import {
  checkKnownParameters,
  COMMON_PARAMETERS,
  patientReference,
  type QueryValues,
  SearchParameterError,
} from '../fhir/search-parameters';
import type { ContactCursor } from '../services/contacts/ports';
import { STATUS_BY_CODE } from './error-handler';

/** Where /fhir/R4 is served. */
export const FHIR_PREFIX = '/fhir/R4';
const ID = /^[0-9a-f-]{36}$/i;

/*
 * What every /fhir/R4 route shares: ids, the search's known parameters, paging cursors, searchset
 * Bundles and OperationOutcome errors (ADR 0034).
 */

export function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${FHIR_PREFIX}`;
}

export function resourceId(id: string, type: string): string {
  if (!ID.test(id)) throw new AppError('not_found', `There is no ${type} with the id ${id.slice(0, 64)}.`);
  return id.toLowerCase();
}

export function isLenient(request: FastifyRequest): boolean {
  return /\bhandling\s*=\s*lenient\b/i.test(String(request.headers.prefer ?? ''));
}

/** The search's parameters, refused unless the CapabilityStatement states them for this resource type. */
export function searchQuery(request: FastifyRequest, type: string): QueryValues {
  return checkKnownParameters(request.query as QueryValues, searchParameterNames(type), isLenient(request));
}

export function requirePatient(query: QueryValues, what: string): string {
  const personId = patientReference(query);
  if (!personId) throw new SearchParameterError(`Search ${what} for one person: patient=Patient/ID.`);
  return personId;
}

export function readCursor(text: string): ContactCursor {
  const [at, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const occurredAt = new Date(at ?? '');
  if (Number.isNaN(occurredAt.getTime()) || !id || !ID.test(id)) {
    throw new SearchParameterError('This page link is not valid; start the search again.');
  }
  return { occurredAt, id };
}

export function writeCursor(last: { occurredAt: Date; id: string }): string {
  return Buffer.from(`${last.occurredAt.toISOString()}|${last.id}`, 'utf8').toString('base64url');
}

/** A searchset Bundle with a self link and, when there is more, a next link that carries the same search. */
export function searchset(
  request: FastifyRequest,
  resources: Resource[],
  nextCursor: string | null,
  included: Resource[] = [],
): Bundle {
  const base = baseUrl(request);
  const path = request.url.split('?')[0] ?? '';
  const url = new URL(`${request.protocol}://${request.host}${request.url}`);
  // Parameters ignored under lenient handling are left out of the links, as the specification asks.
  const type = path.slice(FHIR_PREFIX.length + 1).split('/')[0] ?? '';
  const known = [...searchParameterNames(type), ...COMMON_PARAMETERS];
  for (const name of [...url.searchParams.keys()]) if (!known.includes(name)) url.searchParams.delete(name);
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

export function fhirError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof SearchParameterError) {
    return reply.status(400).send(operationOutcome('bad_request', error.message));
  }
  const issues = isAppError(error) ? error.details?.issues : undefined;
  if (isAppError(error) && Array.isArray(issues) && issues.length > 0) {
    return reply
      .status(STATUS_BY_CODE[error.code])
      .send(operationOutcomeWithIssues(error.code, issues as { path: string; message: string }[]));
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
