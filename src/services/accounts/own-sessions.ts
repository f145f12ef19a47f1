import { createHash } from 'node:crypto';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { hashSessionToken } from './session-tokens';

export interface OwnSession {
  /** Names the session without revealing its token or the token's stored hash. */
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  isCurrent: boolean;
}

const publicIdOf = (tokenHash: string): string =>
  createHash('sha256').update(`session-id:${tokenHash}`).digest('hex').slice(0, 32);

/** Where the signed-in account is signed in: this browser first, then the others, latest used first. */
export async function listOwnSessions(
  deps: ServiceDeps,
  input: { sessionToken: string },
  actor: Actor,
): Promise<OwnSession[]> {
  const current = hashSessionToken(input.sessionToken);
  const sessions = await deps.uow.read((r) => r.sessions.listForAccount(actor.accountId, deps.now()));
  return sessions
    .map((s) => ({
      id: publicIdOf(s.tokenHash),
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      userAgent: s.userAgent,
      isCurrent: s.tokenHash === current,
    }))
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
}

/** Ends one of the account's own sessions, say on a lost phone; 404 for a session not its own. */
export async function endOwnSession(deps: ServiceDeps, input: { sessionId: string }, actor: Actor): Promise<void> {
  await deps.uow.run(async (r) => {
    const sessions = await r.sessions.listForAccount(actor.accountId, deps.now());
    const target = sessions.find((s) => publicIdOf(s.tokenHash) === input.sessionId);
    if (!target) throw new AppError('not_found', 'There is no such session of yours; it may have ended already.');
    await r.sessions.delete(target.tokenHash);
    await recordAudit(r, actor, deps.now(), { action: 'session.end_other', detail: { sessionId: input.sessionId } });
  });
}
