import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { beginIdempotentRequest, finishIdempotentRequest } from '../services/idempotency/begin-idempotent-request';
import type { ServiceDeps } from '../services/ports';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/**
 * The headers of a first answer that a retry gets again: where the new record is and which version
 * it is (a FHIR create answers with Location and ETag), and its media type. Others (cookies, dates)
 * belong to each answer.
 */
const REPLAYED_HEADERS = ['content-type', 'location', 'content-location', 'etag', 'last-modified'] as const;

declare module 'fastify' {
  interface FastifyRequest {
    tandemIdempotency: { accountId: string; key: string } | null;
  }
}

/**
 * Honours an Idempotency-Key header on requests that create something (POST), per signed-in
 * account: the first request is handled and its answer kept; a retry with the same key gets that
 * answer again instead of creating a second record (ADR 0020). Runs after the body is validated.
 */
export function registerIdempotency(api: FastifyInstance, services: ServiceDeps): void {
  api.decorateRequest('tandemIdempotency', null);
  api.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers[IDEMPOTENCY_HEADER];
    const accountId = request.tandemSession?.actor.accountId;
    if (request.method !== 'POST' || typeof key !== 'string' || !accountId) return;
    const fingerprint = `${request.method} ${request.routeOptions.url ?? ''} ${request.url} ${bodyHash(request.body)}`;
    const decision = await beginIdempotentRequest(services, { accountId, key, fingerprint });
    if (decision.kind === 'replay') {
      return reply
        .status(decision.statusCode)
        .headers(decision.headers)
        .header('idempotent-replayed', 'true')
        .send(decision.body);
    }
    request.tandemIdempotency = { accountId, key };
  });
  api.addHook('onSend', async (request, reply, payload) => {
    const claimed = request.tandemIdempotency;
    if (!claimed) return payload;
    request.tandemIdempotency = null;
    await finishIdempotentRequest(services, claimed, {
      statusCode: reply.statusCode,
      body: parsed(payload),
      headers: replayedHeaders(reply),
    });
    return payload;
  });
}

function replayedHeaders(reply: FastifyReply): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (typeof value === 'string' || typeof value === 'number') kept[name] = String(value);
  }
  return kept;
}

const bodyHash = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('base64url');

function parsed(payload: unknown): unknown {
  if (typeof payload !== 'string') return null;
  try {
    return JSON.parse(payload);
  } catch {
    return null;
  }
}
