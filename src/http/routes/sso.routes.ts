import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { isAppError } from '../../domain/errors/app-error';
import type { ServiceDeps } from '../../services/ports';
import { finishSsoSignIn } from '../../services/sso/finish-sso-sign-in';
import { linkSsoAccount } from '../../services/sso/link-sso-account';
import { SSO_ATTEMPT_MINUTES, startSsoSignIn } from '../../services/sso/start-sso-sign-in';
import { accountParams } from '../../shared/api/accounts.schema';
import { receiveBackChannelLogout } from '../../services/sso/receive-back-channel-logout';
import { backChannelLogoutBody, linkSsoBody, ssoCallbackQuery } from '../../shared/api/sso.schema';
import type { SsoSettingsResponse } from '../../shared/api/sso.responses';
import { actorOf, setSessionCookie } from '../session-cookie';

/** Keeps the attempt's state in the browser that started it; Lax, because the provider sends the browser back from another site. */
export const SSO_STATE_COOKIE = 'tandem_sso_state';
const CALLBACK_PATH = '/api/v1/sso/callback';
/** Where the provider posts its logout tokens: register `TANDEM_PUBLIC_URL` + `/api/v1` + this as its back-channel logout URI. */
export const BACK_CHANNEL_LOGOUT_PATH = '/sso/back-channel-logout';

/**
 * Staff single sign-on through the service's OpenID provider (ADR 0042). The browser comes and goes
 * by redirects, so a failure sends it back to the sign-in page with the reason, never to an error body.
 */
export function ssoRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['session'];
    app.get('/sso', { schema: { tags, summary: 'Whether staff can sign in through the organisation' } }, async () => {
      const body: SsoSettingsResponse = {
        isEnabled: services.singleSignOn !== null,
        label: services.singleSignOn?.label ?? null,
      };
      return body;
    });

    app.get(
      '/sso/start',
      {
        schema: { tags, summary: 'Leave for the organisation’s sign-in service' },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        try {
          const { state, redirectTo } = await startSsoSignIn(services);
          reply.setCookie(SSO_STATE_COOKIE, state, {
            httpOnly: true,
            secure: true,
            sameSite: 'lax',
            path: CALLBACK_PATH,
            maxAge: SSO_ATTEMPT_MINUTES * 60,
          });
          return reply.redirect(redirectTo.href, 303);
        } catch (error) {
          return backToSignIn(request, reply, error);
        }
      },
    );

    app.get(
      '/sso/callback',
      {
        schema: {
          tags,
          querystring: ssoCallbackQuery,
          summary: 'Where the organisation’s sign-in service sends people back',
        },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
        // A malformed answer is a failed sign-in like any other: back to the sign-in page.
        attachValidation: true,
      },
      async (request, reply) => {
        reply.clearCookie(SSO_STATE_COOKIE, { httpOnly: true, secure: true, sameSite: 'lax', path: CALLBACK_PATH });
        if (request.validationError) return reply.redirect('/sign-in?sso=rejected', 303);
        try {
          const query = new URLSearchParams(request.url.split('?')[1] ?? '');
          const session = await finishSsoSignIn(services, {
            query,
            stateCookie: request.cookies[SSO_STATE_COOKIE] ?? null,
            address: request.ip,
            userAgent: request.headers['user-agent'] ?? null,
          });
          setSessionCookie(reply, session.token, session.expiresAt);
          return reply.redirect('/', 303);
        } catch (error) {
          return backToSignIn(request, reply, error);
        }
      },
    );

    // The provider, not a browser, posts here: a form-encoded body (accepted on this route alone),
    // no cookie, answered as the specification says (200, or 400 with an OAuth error) rather than
    // with Tandem's problem body.
    await app.register(async (scope) => {
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 32 * 1024 },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
      );
      scope.withTypeProvider<ZodTypeProvider>().post(
        BACK_CHANNEL_LOGOUT_PATH,
        {
          schema: {
            tags,
            body: backChannelLogoutBody,
            summary:
              'Where the organisation’s sign-in service says someone signed out (OpenID Connect back-channel logout)',
          },
          config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
          attachValidation: true,
        },
        async (request, reply) => {
          reply.header('cache-control', 'no-store');
          if (request.validationError) {
            return reply
              .status(400)
              .send({ error: 'invalid_request', error_description: request.validationError.message });
          }
          try {
            const ended = await receiveBackChannelLogout(services, { logoutToken: request.body.logout_token });
            request.log.info(ended, 'back-channel logout');
            return reply.status(200).send();
          } catch (error) {
            if (isAppError(error) && error.code === 'not_found') throw error;
            request.log.warn({ err: error }, 'back-channel logout refused');
            const description = isAppError(error) ? error.message : 'The logout could not be done.';
            return reply.status(400).send({ error: 'invalid_request', error_description: description });
          }
        },
      );
    });

    app.put(
      '/admin/accounts/:id/sso',
      {
        schema: {
          tags: ['accounts'],
          params: accountParams,
          body: linkSsoBody,
          summary: 'Link a staff account to its organisation sign-in',
        },
      },
      async (request) =>
        linkSsoAccount(
          services,
          { accountId: request.params.id, ssoUsername: request.body.ssoUsername },
          actorOf(request),
        ),
    );
  };
}

/** Sends the browser back to the sign-in page saying why; the provider's own words go to the log only. */
function backToSignIn(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const reason = isAppError(error) && typeof error.details?.sso === 'string' ? error.details.sso : 'unavailable';
  if (reason === 'unavailable' || !isAppError(error)) request.log.warn({ err: error }, 'single sign-on failed');
  else request.log.info({ reason, cause: (error as Error).cause }, 'single sign-on refused');
  return reply.redirect(`/sign-in?sso=${encodeURIComponent(reason)}`, 303);
}
