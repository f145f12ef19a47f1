import { AppError } from '../../domain/errors/app-error';
import type { ServiceDeps } from '../ports';

/** How long a key is remembered: longer than anyone retries a form, short enough to keep few rows. */
export const IDEMPOTENCY_KEY_HOURS = 24;
/** A first request with no answer after this long was abandoned (the server stopped): a retry may take over. */
export const IDEMPOTENCY_ABANDONED_SECONDS = 120;

const KEY_PATTERN = /^[A-Za-z0-9_-]{16,100}$/;

export interface IdempotentRequest {
  accountId: string;
  key: string;
  /** What the request was: method, route and a hash of its body. */
  fingerprint: string;
}

/** Go on and handle the request, or answer with what the first request with this key got. */
export type IdempotencyDecision =
  { kind: 'proceed' } | { kind: 'replay'; statusCode: number; body: unknown; headers: Record<string, string> };

/** An answer to keep for retries: its status, body and the headers that say where and which version it is. */
export interface IdempotentAnswer {
  statusCode: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Claims an idempotency key for one form submission by one account. The first request with the key
 * proceeds; a retry (a double click, a network that dropped the answer) gets the first answer
 * again, so a second record is never made. A retry while the first is still being handled, or the
 * same key sent with a different request, is refused with 409 and changes nothing.
 *
 * @example await beginIdempotentRequest(deps, { accountId, key, fingerprint: 'POST /people …' })
 */
export async function beginIdempotentRequest(
  deps: ServiceDeps,
  request: IdempotentRequest,
): Promise<IdempotencyDecision> {
  if (!KEY_PATTERN.test(request.key)) {
    throw new AppError(
      'bad_request',
      'The Idempotency-Key header must be 16 to 100 letters, digits, dashes or underscores.',
    );
  }
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    await repositories.idempotency.deleteExpired(request.accountId, now);
    const claimed = await repositories.idempotency.claim(
      {
        ...request,
        statusCode: null,
        responseBody: null,
        responseHeaders: null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_HOURS * 3_600_000),
      },
      new Date(now.getTime() - IDEMPOTENCY_ABANDONED_SECONDS * 1000),
    );
    if (claimed) return { kind: 'proceed' };
    const held = await repositories.idempotency.find(request.accountId, request.key);
    if (!held) return { kind: 'proceed' };
    if (held.fingerprint !== request.fingerprint) {
      throw new AppError(
        'conflict',
        'This submission key was already used for a different request. Reload the page and try again.',
        { idempotencyKey: true },
      );
    }
    if (held.statusCode === null) {
      throw new AppError('conflict', 'This form is already being sent. Wait a moment: it will say when it is saved.', {
        idempotencyKey: true,
        inProgress: true,
      });
    }
    return {
      kind: 'replay',
      statusCode: held.statusCode,
      body: held.responseBody,
      headers: held.responseHeaders ?? {},
    };
  });
}

/**
 * Stores a successful answer to a claimed request, so a retry gets it. A request that was refused
 * or failed changed nothing, so its key is released and the corrected form can be sent with it.
 */
export async function finishIdempotentRequest(
  deps: ServiceDeps,
  request: Omit<IdempotentRequest, 'fingerprint'>,
  answer: IdempotentAnswer,
): Promise<void> {
  await deps.uow.run(async (repositories) => {
    const isSuccess = answer.statusCode >= 200 && answer.statusCode < 300;
    if (!isSuccess) await repositories.idempotency.release(request.accountId, request.key);
    else
      await repositories.idempotency.complete(request.accountId, request.key, {
        statusCode: answer.statusCode,
        responseBody: answer.body,
        responseHeaders: answer.headers,
      });
  });
}
