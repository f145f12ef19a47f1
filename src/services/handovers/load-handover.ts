import type { PersonAction } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess, type PersonAccess } from '../access/require-person-access';
import type { Repositories } from '../ports';
import type { HandoverView } from './ports';

/**
 * Finds a handover and checks the actor may take `action` on its person's record; an unknown id
 * and a handover of someone the actor cannot see are both "not found", so ids reveal nothing.
 */
export async function loadHandover(
  r: Repositories,
  actor: Actor,
  handoverId: string,
  action: PersonAction,
  now: Date,
): Promise<{ handover: HandoverView; access: PersonAccess }> {
  const handover = await r.handovers.findById(handoverId);
  if (!handover) throw new AppError('not_found', 'There is no handover with that id.');
  const access = await requirePersonAccess(r, actor, handover.personId, action, now).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'forbidden')
      throw new AppError('not_found', 'There is no handover with that id.');
    throw error;
  });
  return { handover, access };
}

/** Refuses a change to a handover someone else changed first, with the current one to show. */
export function requireVersion(handover: HandoverView, version: number): void {
  if (handover.version !== version) {
    throw new AppError(
      'conflict',
      'This handover was changed while you were working on it. Here it is as it is now: make your change again.',
      { current: handover },
    );
  }
}

/** Refuses a change to a handover already completed or cancelled. */
export function requirePlanned(handover: HandoverView): void {
  if (handover.status !== 'planned') {
    throw new AppError('conflict', `This handover was ${handover.status} and can no longer be changed.`, {
      status: handover.status,
    });
  }
}
