import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import type { ServiceDeps } from '../ports';

/** How many messages in the person's conversation, written by others, the actor has not read. */
export async function countUnreadMessages(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<number> {
  return deps.uow.read(async (repositories) => {
    const { person } = await requirePersonAccess(repositories, actor, input.personId, 'read_messages', deps.now());
    // A count shows no content: not audited as a look at the record, as the caseload's counts are not.
    return repositories.messages.countUnread(person.id, actor.accountId);
  });
}
