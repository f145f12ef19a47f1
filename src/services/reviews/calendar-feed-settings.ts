import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { hashFeedToken, newFeedToken } from './feed-token';

export interface CalendarFeedStatus {
  isActive: boolean;
  createdAt: Date | null;
  lastUsedAt: Date | null;
}

function requireWorker(actor: Actor): string {
  if (!actor.workerId) throw new AppError('forbidden', 'Only workers have a calendar of reviews.');
  return actor.workerId;
}

/** Whether the signed-in worker has a calendar address, and when a calendar app last fetched it. */
export async function getCalendarFeedStatus(deps: ServiceDeps, actor: Actor): Promise<CalendarFeedStatus> {
  requireWorker(actor);
  return deps.uow.run(async (repositories) => {
    const feed = await repositories.calendarFeeds.findForAccount(actor.accountId);
    return { isActive: feed !== null, createdAt: feed?.createdAt ?? null, lastUsedAt: feed?.lastUsedAt ?? null };
  });
}

/**
 * Gives the signed-in worker a new secret calendar address; any earlier one stops working. The
 * token is shown this once: only its hash is kept, like a session's.
 */
export async function rotateCalendarFeed(deps: ServiceDeps, actor: Actor): Promise<{ token: string; createdAt: Date }> {
  const workerId = requireWorker(actor);
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const token = newFeedToken();
    const hadOne = (await repositories.calendarFeeds.findForAccount(actor.accountId)) !== null;
    await repositories.calendarFeeds.upsert({
      accountId: actor.accountId,
      workerId,
      tokenHash: hashFeedToken(token),
      createdAt: now,
      lastUsedAt: null,
    });
    await recordAudit(repositories, actor, now, { action: hadOne ? 'calendar.feed.rotate' : 'calendar.feed.create' });
    return { token, createdAt: now };
  });
}

/** Turns the signed-in worker's calendar address off. */
export async function revokeCalendarFeed(deps: ServiceDeps, actor: Actor): Promise<void> {
  requireWorker(actor);
  await deps.uow.run(async (repositories) => {
    await repositories.calendarFeeds.delete(actor.accountId);
    await recordAudit(repositories, actor, deps.now(), { action: 'calendar.feed.revoke' });
  });
}
