import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeOwnPassword } from '../../services/accounts/change-own-password';
import { listAccounts } from '../../services/accounts/list-accounts';
import { endOwnSession, listOwnSessions } from '../../services/accounts/own-sessions';
import { resetPassword } from '../../services/accounts/reset-password';
import { setAccountDisabled } from '../../services/accounts/set-account-disabled';
import type { ServiceDeps } from '../../services/ports';
import { accountParams, accountsQuery, changePasswordBody, ownSessionParams } from '../../shared/api/accounts.schema';
import type { AccountsResponse, OwnSessionsResponse, ResetPasswordResponse } from '../../shared/api/accounts.responses';
import { presentAccount, presentOwnSession } from '../presenters/accounts.presenter';
import { actorOf } from '../session-cookie';

/** Administrators manage sign-in accounts; everyone manages their own password and sessions. */
export function accountsRoutes(services: ServiceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['accounts'];
    app.get(
      '/admin/accounts',
      {
        schema: {
          tags,
          querystring: accountsQuery,
          summary: 'Accounts with their last sign-in, a page at a time, found by username or name',
        },
      },
      async (request): Promise<AccountsResponse> => {
        const { q, after, limit } = request.query;
        const page = await listAccounts(
          services,
          { search: q ?? null, afterUsername: after ?? null, ...(limit ? { limit } : {}) },
          actorOf(request),
        );
        return { accounts: page.accounts.map(presentAccount), hasMore: page.hasMore };
      },
    );
    app.post(
      '/admin/accounts/:id/password-reset',
      {
        schema: {
          tags,
          params: accountParams,
          summary: 'A temporary password; the person chooses a new one when they sign in',
        },
      },
      async (request): Promise<ResetPasswordResponse> =>
        resetPassword(services, { accountId: request.params.id }, actorOf(request)),
    );
    app.post(
      '/admin/accounts/:id/disable',
      { schema: { tags, params: accountParams, summary: 'Disable an account; its sessions end at once' } },
      async (request) => {
        const { disabledAt } = await setAccountDisabled(
          services,
          { accountId: request.params.id, isDisabled: true },
          actorOf(request),
        );
        return { disabledAt: disabledAt?.toISOString() ?? null };
      },
    );
    app.post(
      '/admin/accounts/:id/enable',
      { schema: { tags, params: accountParams, summary: 'Enable a disabled account' } },
      async (request) => {
        await setAccountDisabled(services, { accountId: request.params.id, isDisabled: false }, actorOf(request));
        return { disabledAt: null };
      },
    );

    app.put(
      '/me/password',
      { schema: { tags, body: changePasswordBody, summary: 'Change your password; your other sessions end' } },
      async (request, reply) => {
        const actor = actorOf(request);
        await changeOwnPassword(services, { ...request.body, sessionToken: request.tandemSession!.token }, actor);
        return reply.status(204).send();
      },
    );
    app.get(
      '/me/sessions',
      { schema: { tags, summary: 'Where you are signed in' } },
      async (request): Promise<OwnSessionsResponse> => {
        const actor = actorOf(request);
        const sessions = await listOwnSessions(services, { sessionToken: request.tandemSession!.token }, actor);
        return { sessions: sessions.map(presentOwnSession) };
      },
    );
    app.delete(
      '/me/sessions/:sessionId',
      { schema: { tags, params: ownSessionParams, summary: 'Sign out another device' } },
      async (request, reply) => {
        await endOwnSession(services, { sessionId: request.params.sessionId }, actorOf(request));
        return reply.status(204).send();
      },
    );
  };
}
