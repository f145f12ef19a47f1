import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sessionIdleMinutesOf } from '../../services/accounts/resolve-session';
import { signInWithPassword } from '../../services/accounts/sign-in';
import { signOut } from '../../services/accounts/sign-out';
import type { ServiceDeps } from '../../services/ports';
import { signInBody } from '../../shared/api/sessions.schema';
import type { SessionResponse, SignInResponse, SignOutResponse } from '../../shared/api/sessions.responses';
import { actorOf, clearSessionCookie, DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from '../session-cookie';

/** Signing in and out, and who am I. */
export function sessionsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/session',
      {
        schema: { body: signInBody, tags: ['session'], summary: 'Sign in; sets the session cookie' },
        // Per address and username typed: a shared device or a ward's one address signs many people in
        // within a minute; guessing at one username is also counted in the database (ADR 0003).
        config: {
          rateLimit: {
            max: 20,
            timeWindow: '1 minute',
            hook: 'preHandler',
            keyGenerator: (request) =>
              `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? '')}`,
          },
        },
      },
      async (request, reply): Promise<SignInResponse> => {
        const result = await signInWithPassword(services, {
          ...request.body,
          address: request.ip,
          deviceToken: request.cookies[DEVICE_COOKIE] ?? null,
          userAgent: request.headers['user-agent'] ?? null,
        });
        if (result.secondFactorChallenge !== undefined) {
          return {
            secondFactorRequired: true,
            challenge: result.secondFactorChallenge,
            expiresAt: result.expiresAt.toISOString(),
          };
        }
        setSessionCookie(reply, result.token, result.expiresAt);
        if (result.deviceToken) setDeviceCookie(reply, result.deviceToken);
        const body: SessionResponse = {
          me: result.actor,
          csrfToken: result.csrfToken,
          expiresAt: result.expiresAt.toISOString(),
          mustChangePassword: result.mustChangePassword,
          idleMinutes: sessionIdleMinutesOf(services),
          mustEnrolSecondFactor: result.mustEnrolSecondFactor,
        };
        return body;
      },
    );

    app.delete('/session', { schema: { tags: ['session'], summary: 'Sign out' } }, async (request, reply) => {
      const actor = actorOf(request);
      const signedOut = await signOut(services, request.tandemSession!.token, actor);
      clearSessionCookie(reply);
      if (signedOut.providerError) {
        request.log.warn({ err: signedOut.providerError }, 'the sign-in service could not be asked to sign out too');
      }
      if (!signedOut.providerSignOutUrl) return reply.status(204).send();
      const body: SignOutResponse = { providerSignOutUrl: signedOut.providerSignOutUrl.href };
      return body;
    });

    app.get('/me', { schema: { tags: ['session'], summary: 'The signed-in account' } }, async (request) => {
      const actor = actorOf(request);
      const session = request.tandemSession!;
      const body: SessionResponse = {
        me: actor,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
        idleMinutes: session.idleMinutes,
        mustChangePassword: session.mustChangePassword,
        mustEnrolSecondFactor: session.mustEnrolSecondFactor,
      };
      return body;
    });
  };
}
