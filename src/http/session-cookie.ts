import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/accounts/actor';
import { AppError } from '../domain/errors/app-error';
import { resolveSession, type ResolvedSession } from '../services/accounts/resolve-session';
import type { ServiceDeps } from '../services/ports';

export const SESSION_COOKIE = 'tandem_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Marks a browser an account signed in from before; sent only to sign-in (ADR 0003). */
export const DEVICE_COOKIE = 'tandem_device';
const DEVICE_COOKIE_DAYS = 365;

declare module 'fastify' {
  interface FastifyRequest {
    tandemSession: (ResolvedSession & { token: string }) | null;
    /** A session cookie came but no longer signs in (idle, expired, ended): the sign-in page says why. */
    tandemSessionEnded: boolean;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The second step of signing in: like the first, it has no session yet (ADR 0042). */
const SECOND_FACTOR_SIGN_IN = '/api/v1/session/second-factor';
/** All an account may do when its role requires a second factor it has not set up yet (ADR 0042). */
const ALLOWED_BEFORE_SECOND_FACTOR = new Set([
  'GET /api/v1/me',
  'DELETE /api/v1/session',
  'GET /api/v1/me/second-factor',
  'POST /api/v1/me/second-factor',
  'POST /api/v1/me/second-factor/confirm',
]);
/** All an account whose password was reset may do until it chooses a new one. */
const ALLOWED_BEFORE_NEW_PASSWORD = new Set([
  'GET /api/v1/me',
  'PUT /api/v1/me/password',
  'DELETE /api/v1/session',
  'POST /api/v1/session',
]);

/**
 * Loads the session behind the cookie and enforces the CSRF token on every change.
 * SameSite=Strict already stops most cross-site requests; the token is the second defence.
 */
export function sessionHook(services: ServiceDeps) {
  return async (request: FastifyRequest): Promise<void> => {
    request.tandemSession = null;
    request.tandemSessionEnded = false;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(services, token);
      if (session) request.tandemSession = { ...session, token };
      else request.tandemSessionEnded = true;
    }
    const path = request.url.split('?')[0];
    const isSignIn = request.method === 'POST' && (path === '/api/v1/session' || path === SECOND_FACTOR_SIGN_IN);
    if (UNSAFE.has(request.method) && !isSignIn && request.tandemSession) {
      if (request.headers[CSRF_HEADER] !== request.tandemSession.csrfToken) {
        throw new AppError('forbidden', 'This request is missing its security token. Reload the page and try again.', {
          csrf: true,
        });
      }
    }
    if (
      request.tandemSession?.mustChangePassword &&
      !ALLOWED_BEFORE_NEW_PASSWORD.has(`${request.method} ${request.url.split('?')[0]}`)
    ) {
      throw new AppError('forbidden', 'Choose a new password before going on.', { mustChangePassword: true });
    }
    if (
      request.tandemSession?.mustEnrolSecondFactor &&
      !ALLOWED_BEFORE_SECOND_FACTOR.has(`${request.method} ${request.url.split('?')[0]}`)
    ) {
      throw new AppError('forbidden', 'Set up your authenticator app before going on.', {
        mustEnrolSecondFactor: true,
      });
    }
  };
}

/** The signed-in actor, or 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.tandemSession)
    throw new AppError(
      'unauthenticated',
      'Sign in to continue.',
      request.tandemSessionEnded ? { sessionEnded: true } : undefined,
    );
  return request.tandemSession.actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
}

export function setDeviceCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/api/v1/session',
    maxAge: DEVICE_COOKIE_DAYS * 24 * 3600,
  });
}
