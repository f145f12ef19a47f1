import { decidePersonAccess } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { loadFacts } from '../access/require-person-access';
import type { Repositories, ServiceDeps } from '../ports';

/**
 * How many messages, written by others, the signed-in account has not read in every conversation
 * it may read today: the person's own; for a carer, those of the people who let them into their
 * messages now; for a worker, those of everyone whose care team they are in (the team inbox).
 * Anyone else has no conversations, so nothing is unread.
 *
 * A number for the header shows no message, no name and no person: it is not audited as a look at
 * anyone's record, as the single conversation's count is not. Each person's conversation is still
 * counted only when the access policy lets the account read it at this moment, so a carer whose
 * messages scope was withdrawn, or a worker who left the care team, counts nothing there.
 */
export async function countMyUnreadMessages(deps: ServiceDeps, actor: Actor): Promise<number> {
  return deps.uow.read(async (repositories) => {
    const now = deps.now();
    switch (actor.role) {
      case 'service_user':
        return actor.personId ? countIfAllowed(repositories, actor, actor.personId, now) : 0;
      case 'carer': {
        if (!actor.carerId) return 0;
        const links = await repositories.organisation.listCarerLinksForCarer(actor.carerId);
        let total = 0;
        for (const link of links) total += await countIfAllowed(repositories, actor, link.personId, now);
        return total;
      }
      case 'worker':
      case 'team_manager': {
        if (!actor.workerId) return 0;
        const rows = await repositories.messages.inbox(actor.workerId, actor.accountId, isoDate(now));
        return rows.reduce((sum, row) => sum + row.unreadCount, 0);
      }
      case 'admin':
      case 'researcher':
      case 'student':
        return 0;
    }
  });
}

async function countIfAllowed(repositories: Repositories, actor: Actor, personId: string, now: Date): Promise<number> {
  const person = await repositories.organisation.findPerson(personId);
  if (!person) return 0;
  const facts = await loadFacts(repositories, actor, person, now);
  if (!decidePersonAccess(actor, person.id, 'read_messages', facts).allowed) return 0;
  return repositories.messages.countUnread(person.id, actor.accountId);
}
