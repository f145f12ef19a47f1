import type { Actor } from '../../domain/accounts/actor';
import type { ServiceDeps } from '../ports';
import { actorOf } from './actor-for-account';
import { hashSessionToken, SESSION_IDLE_MINUTES, SESSION_TOUCH_SECONDS } from './session-tokens';

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}

/**
 * The actor behind a session cookie, or null when the session is unknown, expired, unused for
 * SESSION_IDLE_MINUTES, or its account disabled. Each use keeps the session alive, written down at
 * most once every SESSION_TOUCH_SECONDS.
 */
export async function resolveSession(deps: ServiceDeps, token: string): Promise<ResolvedSession | null> {
  const now = deps.now();
  const tokenHash = hashSessionToken(token);
  // One statement, outside a transaction: every request starts here.
  const found = await deps.uow.read((repositories) => repositories.sessions.findValidWithAccount(tokenHash, now));
  if (!found || found.account.disabledAt) return null;
  const idleMs = now.getTime() - found.session.lastSeenAt.getTime();
  if (idleMs >= SESSION_IDLE_MINUTES * 60_000) return null;
  if (idleMs >= SESSION_TOUCH_SECONDS * 1_000) await deps.uow.run((repositories) => repositories.sessions.touch(tokenHash, now));
  return { actor: actorOf(found.account, found.displayName), csrfToken: found.session.csrfToken, expiresAt: found.session.expiresAt, mustChangePassword: found.account.mustChangePassword };
}
