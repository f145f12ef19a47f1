import { AppError } from '../../domain/errors/app-error';
import { actorForAccount } from '../accounts/actor-for-account';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

/**
 * A logout token's `jti` is remembered this long: longer than a token is accepted after it was
 * issued (five minutes, and a minute either way for clocks), so a replay is always caught.
 */
export const LOGOUT_TOKEN_KEPT_MINUTES = 10;

/** What a back-channel logout did: how many Tandem sessions it ended, of how many accounts. */
export interface BackChannelLogoutResult {
  endedSessions: number;
  accounts: number;
}

/**
 * The provider says someone signed out there (OpenID Connect Back-Channel Logout 1.0): ends every
 * Tandem session that came from that provider session (`sid`), or from that person (`sub`) when it
 * names no session, on every server at once since sessions live in the database. The token must
 * check out (SingleSignOn.verifyLogoutToken) and never have been used before. Each account whose
 * sessions ended gets an audit event; a token naming no live session ends nothing and still succeeds,
 * as the specification asks (ADR 0055).
 */
export async function receiveBackChannelLogout(
  deps: ServiceDeps,
  input: { logoutToken: string },
): Promise<BackChannelLogoutResult> {
  const sso = deps.singleSignOn;
  if (!sso) throw new AppError('not_found', 'Single sign-on is not set up here.', { sso: 'not_configured' });
  const logout = await sso.verifyLogoutToken(input.logoutToken);
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const keptUntil = new Date(now.getTime() + LOGOUT_TOKEN_KEPT_MINUTES * 60_000);
    if (!(await r.sso.rememberLogoutToken(logout.jti, now, keptUntil))) {
      throw new AppError('bad_request', 'This logout token was used already.', { logoutToken: true });
    }
    const ended = await r.sso.endProviderSessions(logout);
    const byAccount = new Map<string, number>();
    for (const { accountId } of ended) byAccount.set(accountId, (byAccount.get(accountId) ?? 0) + 1);
    for (const [accountId, sessions] of byAccount) {
      const account = await r.accounts.findById(accountId);
      if (!account) continue;
      await recordAudit(r, await actorForAccount(r, account), now, {
        action: 'session.end_by_provider',
        detail: { sessions, sid: logout.sid, jti: logout.jti },
      });
    }
    return { endedSessions: ended.length, accounts: byAccount.size };
  });
}
