import type { Actor } from '../../domain/accounts/actor';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { hashSessionToken } from './session-tokens';
import { idTokenContext } from '../sso/finish-sso-sign-in';

export interface SignedOut {
  /** Where to send the browser so the organisation's sign-in service ends its session too; null: nowhere. */
  providerSignOutUrl: URL | null;
  /** Why the provider could not be asked to end its session (down, misconfigured), for the log; Tandem's ended anyway. */
  providerError: unknown;
}

/**
 * Ends a session: the cookie stops working at once, on every server. After a single sign-on, the
 * answer also says where the browser goes so the provider ends its own session (ADR 0042); Tandem's
 * session has ended by then whatever the provider does, even when it cannot be reached.
 */
export async function signOut(deps: ServiceDeps, token: string, actor: Actor): Promise<SignedOut> {
  const tokenHash = hashSessionToken(token);
  const sealedIdToken = await deps.uow.run(async (repositories) => {
    const kept = await repositories.sso.idTokenOf(tokenHash);
    await repositories.sessions.delete(tokenHash);
    await recordAudit(repositories, actor, deps.now(), { action: 'session.end' });
    return kept;
  });
  if (!sealedIdToken || !deps.singleSignOn) return { providerSignOutUrl: null, providerError: null };
  try {
    const idToken = deps.secretBox.open(sealedIdToken, idTokenContext(tokenHash));
    return { providerSignOutUrl: await deps.singleSignOn.endSessionUrl(idToken), providerError: null };
  } catch (error) {
    return { providerSignOutUrl: null, providerError: error };
  }
}
