import type { Actor } from '../../domain/accounts/actor';
import type { ServiceDeps } from '../ports';
import { actorForAccount } from './actor-for-account';
import { hashSessionToken } from './session-tokens';

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
}

/** The actor behind a session cookie, or null when the session is unknown, expired or its account disabled. */
export async function resolveSession(deps: ServiceDeps, token: string): Promise<ResolvedSession | null> {
  return deps.uow.run(async (repositories) => {
    const session = await repositories.sessions.findValid(hashSessionToken(token), deps.now());
    if (!session) return null;
    const account = await repositories.accounts.findById(session.accountId);
    if (!account || account.disabledAt) return null;
    return { actor: await actorForAccount(repositories, account), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  });
}
