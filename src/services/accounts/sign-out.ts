import type { Actor } from '../../domain/accounts/actor';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { hashSessionToken } from './session-tokens';

/** Ends a session: the cookie stops working at once, on every server. */
export async function signOut(deps: ServiceDeps, token: string, actor: Actor): Promise<void> {
  await deps.uow.run(async (repositories) => {
    await repositories.sessions.delete(hashSessionToken(token));
    await recordAudit(repositories, actor, deps.now(), { action: 'session.end' });
  });
}
