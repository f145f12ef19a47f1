import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError, type AppErrorCode } from '../domain/errors/app-error';
import { fieldTitle } from './schema-field-title';
import { describeIssues } from './validation-message';

/** The one place where application error codes become HTTP statuses. */
export const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  gone: 410,
};

/** Bad input becomes a 4xx that says what was wrong; anything unexpected is logged and hidden behind a 500. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isAppError(error)) {
    return reply
      .status(STATUS_BY_CODE[error.code])
      .send({ error: { code: error.code, message: error.message, details: error.details } });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    // The route's own schema names its fields as its form labels them ("Your message", not "Text").
    const schema = (request.routeOptions.schema as Record<string, unknown> | undefined)?.[context];
    const { message, fields } = describeIssues(
      error.validation.map((issue) => ({
        context,
        instancePath: issue.instancePath,
        keyword: issue.keyword,
        message: issue.message ?? '',
        params: issue.params,
      })),
      (path) => fieldTitle(schema, path),
    );
    return reply.status(400).send({ error: { code: 'bad_request', message, details: { fields } } });
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    return reply
      .status(429)
      .send({ error: { code: 'rate_limited', message: 'Too many attempts. Wait a minute and try again.' } });
  }
  if (status >= 400 && status < 500) {
    // Fastify's own 4xx (malformed JSON, wrong content type, body too large): say so plainly.
    return reply.status(status).send({ error: { code: 'bad_request', message: error.message } });
  }
  request.log.error({ err: error }, 'unexpected error');
  return reply
    .status(500)
    .send({ error: { code: 'internal', message: 'Something went wrong on our side. Nothing was saved. Try again.' } });
}
