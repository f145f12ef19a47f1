import type { Actor } from '../../domain/accounts/actor';
import type { ServiceDeps } from '../ports';
import { actorOf } from './actor-for-account';
import { hashSessionToken } from './session-tokens';

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
}

/** The actor behind a session cookie, or null when the session is unknown, expired or its account disabled. */
export async function resolveSession(deps: ServiceDeps, token: string): Promise<ResolvedSession | null> {
  // One statement, outside a transaction: every request starts here.
  const found = await deps.uow.read((repositories) => repositories.sessions.findValidWithAccount(hashSessionToken(token), deps.now()));
  if (!found || found.account.disabledAt) return null;
  return { actor: actorOf(found.account, found.displayName), csrfToken: found.session.csrfToken, expiresAt: found.session.expiresAt };
}
