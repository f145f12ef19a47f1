import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { ShareLinkRecord } from './ports';

/** Turns a share link off at once; opening it afterwards gives 410. Revoking twice changes nothing. */
export async function revokeShareLink(
  deps: ServiceDeps,
  input: { personId: string; linkId: string },
  actor: Actor,
): Promise<ShareLinkRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'share_safety_plan', now);
    const link = await repositories.shareLinks.findById(person.id, input.linkId);
    if (!link) throw new AppError('not_found', 'There is no such link for this person.');
    if (await repositories.shareLinks.revoke(person.id, link.id, now)) {
      await recordAudit(repositories, actor, now, {
        action: 'share_link.revoke',
        personId: person.id,
        basis,
        detail: { linkId: link.id, label: link.label },
      });
      return { ...link, revokedAt: now };
    }
    return link;
  });
}
