import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors/app-error';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses a change whose `Origin` (or, without one, `Referer`) is not Tandem's own, so another site
 * cannot make a signed-in browser change anything even if SameSite and the CSRF token were
 * bypassed. Tandem's own origin is the address the request was sent to (its Host header), or,
 * behind a proxy that rewrites it, the origins listed in `allowedOrigins`. Requests that carry
 * neither header come from programs, not browsers, and still need the session's CSRF token.
 */
export function originCheck(allowedOrigins: readonly string[] | null) {
  const allowed = allowedOrigins ? new Set(allowedOrigins.map(normaliseOrigin)) : null;
  return async (request: FastifyRequest): Promise<void> => {
    if (!UNSAFE.has(request.method)) return;
    const claimed = claimedOrigin(request);
    if (claimed === undefined) return;
    const isOwn =
      claimed !== null &&
      (allowed ? allowed.has(claimed) : new URL(claimed).host === request.headers.host?.toLowerCase());
    if (!isOwn) {
      throw new AppError(
        'forbidden',
        'This change was sent from another website, so Tandem refused it. Open Tandem at its own address and try again.',
        {
          origin: claimed ?? 'unknown',
        },
      );
    }
  };
}

/** The origin the browser says the request came from: undefined when it says nothing, null when it cannot be read. */
function claimedOrigin(request: FastifyRequest): string | null | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === 'null' ? null : safeOrigin(origin);
  const referer = request.headers.referer;
  return referer === undefined ? undefined : safeOrigin(referer);
}

function safeOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** `https://Tandem.example.org/` and `https://tandem.example.org` are the same origin. */
export function normaliseOrigin(origin: string): string {
  return new URL(origin).origin;
}
