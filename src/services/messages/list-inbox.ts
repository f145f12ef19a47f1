import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { InboxRow } from './ports';

/**
 * The care team's inbox for one worker: the conversations of everyone whose care team they are in
 * today, with what they have not read and what no one in the care team has read yet. A worker who
 * leaves a care team stops seeing that conversation here and in the record.
 */
export async function listInbox(deps: ServiceDeps, actor: Actor): Promise<InboxRow[]> {
  if (!actor.workerId || (actor.role !== 'worker' && actor.role !== 'team_manager'))
    throw new AppError('forbidden', 'Only workers in a care team have a message inbox.');
  const workerId = actor.workerId;
  return deps.uow.read(async (repositories) => {
    const now = deps.now();
    const rows = await repositories.messages.inbox(workerId, actor.accountId, isoDate(now));
    // One event for the list, as for the caseload: it shows names and counts, not the messages.
    await recordAudit(repositories, actor, now, {
      action: 'messages.inbox.read',
      detail: { conversations: rows.length },
    });
    return rows;
  });
}
