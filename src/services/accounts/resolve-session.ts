import type { Actor } from '../../domain/accounts/actor';
import type { ServiceDeps } from '../ports';
import { actorOf } from './actor-for-account';
import { hashSessionToken, SESSION_TOUCH_SECONDS } from './session-tokens';

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
  mustChangePassword: boolean;
  /** Signed in with a password while the role requires a second factor not yet set up. */
  mustEnrolSecondFactor: boolean;
  /** Minutes without a request after which the session ends, so the app can warn before then. */
  idleMinutes: number;
}

/** The idle limit in force (configured; SESSION_IDLE_MINUTES by default). */
export const sessionIdleMinutesOf = (deps: ServiceDeps): number => deps.sessionIdleMinutes;

/**
 * The actor behind a session cookie, or null when the session is unknown, expired, unused for
 * the configured idle limit, or its account disabled. Each use keeps the session alive, written down at
 * most once every SESSION_TOUCH_SECONDS.
 */
export async function resolveSession(deps: ServiceDeps, token: string): Promise<ResolvedSession | null> {
  const now = deps.now();
  const tokenHash = hashSessionToken(token);
  // One statement, outside a transaction: every request starts here.
  const found = await deps.uow.read((repositories) => repositories.sessions.findValidWithAccount(tokenHash, now));
  if (!found || found.account.disabledAt) return null;
  const idleMinutes = sessionIdleMinutesOf(deps);
  const idleMs = now.getTime() - found.session.lastSeenAt.getTime();
  if (idleMs >= idleMinutes * 60_000) return null;
  // Written down often enough that a short configured limit still sees each use.
  const touchMs = Math.min(SESSION_TOUCH_SECONDS * 1_000, (idleMinutes * 60_000) / 4);
  if (idleMs >= touchMs) await deps.uow.run((repositories) => repositories.sessions.touch(tokenHash, now));
  return {
    actor: actorOf(found.account, found.displayName),
    csrfToken: found.session.csrfToken,
    expiresAt: found.session.expiresAt,
    idleMinutes,
    mustChangePassword: found.account.mustChangePassword,
    mustEnrolSecondFactor: found.session.mustEnrolSecondFactor ?? false,
  };
}
