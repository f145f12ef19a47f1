import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sessionIdleMinutesOf } from '../../services/accounts/resolve-session';
import type { ServiceDeps } from '../../services/ports';
import { completeSignIn } from '../../services/second-factor/complete-sign-in';
import {
  confirmSecondFactor,
  getSecondFactorStatus,
  startSecondFactorEnrolment,
} from '../../services/second-factor/enrol-second-factor';
import { removeSecondFactor } from '../../services/second-factor/remove-second-factor';
import {
  listSecondFactorRequirements,
  setSecondFactorRequirement,
} from '../../services/second-factor/set-second-factor-requirement';
import { accountParams } from '../../shared/api/accounts.schema';
import {
  confirmSecondFactorBody,
  removeSecondFactorBody,
  secondFactorRequirementBody,
  secondFactorRoleParams,
  secondFactorSignInBody,
} from '../../shared/api/second-factor.schema';
import type {
  RecoveryCodesResponse,
  SecondFactorEnrolmentResponse,
  SecondFactorRequirementsResponse,
  SecondFactorStatusResponse,
} from '../../shared/api/second-factor.responses';
import type { SessionResponse } from '../../shared/api/sessions.responses';
import { actorOf, setDeviceCookie, setSessionCookie } from '../session-cookie';

/** A code from an authenticator app after the password, setting it up, and which roles must (ADR 0042). */
export function secondFactorRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['session'];
    app.post(
      '/session/second-factor',
      {
        schema: { tags, body: secondFactorSignInBody, summary: 'The second step of signing in: the code' },
        config: { rateLimit: { max: 20, timeWindow: '1 minute', hook: 'preHandler' } },
      },
      async (request, reply) => {
        const result = await completeSignIn(services, {
          ...request.body,
          address: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setSessionCookie(reply, result.token, result.expiresAt);
        if (result.deviceToken) setDeviceCookie(reply, result.deviceToken);
        const body: SessionResponse = {
          me: result.actor,
          csrfToken: result.csrfToken,
          expiresAt: result.expiresAt.toISOString(),
          mustChangePassword: result.mustChangePassword,
          idleMinutes: sessionIdleMinutesOf(services),
          mustEnrolSecondFactor: false,
        };
        return body;
      },
    );

    app.get(
      '/me/second-factor',
      { schema: { tags, summary: 'Whether you use a code from an authenticator app' } },
      async (request): Promise<SecondFactorStatusResponse> => getSecondFactorStatus(services, actorOf(request)),
    );
    app.post(
      '/me/second-factor',
      { schema: { tags, summary: 'Start setting up an authenticator app' } },
      async (request): Promise<SecondFactorEnrolmentResponse> => startSecondFactorEnrolment(services, actorOf(request)),
    );
    app.post(
      '/me/second-factor/confirm',
      { schema: { tags, body: confirmSecondFactorBody, summary: 'Finish setting up with its first code' } },
      async (request): Promise<RecoveryCodesResponse> => confirmSecondFactor(services, request.body, actorOf(request)),
    );
    app.delete(
      '/me/second-factor',
      { schema: { tags, summary: 'Stop using a code from an authenticator app' } },
      async (request, reply) => {
        const actor = actorOf(request);
        await removeSecondFactor(services, { accountId: actor.accountId }, actor);
        return reply.status(204).send();
      },
    );

    app.delete(
      '/admin/accounts/:id/second-factor',
      {
        schema: {
          tags: ['accounts'],
          params: accountParams,
          body: removeSecondFactorBody,
          summary: 'Remove an account’s second factor, saying why',
        },
      },
      async (request, reply) => {
        await removeSecondFactor(
          services,
          { accountId: request.params.id, reason: request.body.reason },
          actorOf(request),
        );
        return reply.status(204).send();
      },
    );
    app.get(
      '/admin/second-factor',
      { schema: { tags: ['accounts'], summary: 'Which staff roles must use a second factor' } },
      async (request): Promise<SecondFactorRequirementsResponse> => ({
        roles: await listSecondFactorRequirements(services, actorOf(request)),
      }),
    );
    app.put(
      '/admin/second-factor/:role',
      {
        schema: {
          tags: ['accounts'],
          params: secondFactorRoleParams,
          body: secondFactorRequirementBody,
          summary: 'Require a second factor of a staff role, or stop',
        },
      },
      async (request, reply) => {
        await setSecondFactorRequirement(
          services,
          { role: request.params.role, isRequired: request.body.isRequired },
          actorOf(request),
        );
        return reply.status(204).send();
      },
    );
  };
}
