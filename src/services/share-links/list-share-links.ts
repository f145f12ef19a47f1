import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import type { ServiceDeps } from '../ports';
import type { ShareLinkRecord } from './ports';

/** The person's share links, newest first, open or not, with how often each was opened. */
export async function listShareLinks(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<ShareLinkRecord[]> {
  return deps.uow.read(async (repositories) => {
    const { person } = await requirePersonAccess(repositories, actor, input.personId, 'share_safety_plan', deps.now());
    // Listing shows no one's words, only the person's own links: no audit event, like a list of sessions.
    return repositories.shareLinks.listForPerson(person.id);
  });
}
