import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarePlanMessageRecord } from './ports';
import { refuseCarerDiscussion } from './section-thread-access';
import { requireSection, sectionDefinitionsFor } from './section-definitions';

/** The most messages one request returns; later ones come page by page (`afterId`). */
export const MESSAGES_PAGE_LIMIT = 100;

/** The discussion thread of one section, oldest first, so a disagreement reads as the conversation it was; a page at a time. */
export async function listSectionMessages(
  deps: ServiceDeps,
  input: { personId: string; sectionKey: string; afterId?: string; limit?: number },
  actor: Actor,
): Promise<CarePlanMessageRecord[]> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_care_plan', now);
    refuseCarerDiscussion(basis);
    requireSection(
      await sectionDefinitionsFor(repositories, await repositories.carePlans.findPlan(person.id)),
      input.sectionKey,
    );
    const messages = await repositories.carePlans.listMessages(person.id, input.sectionKey, {
      afterId: input.afterId,
      limit: Math.min(input.limit ?? MESSAGES_PAGE_LIMIT, MESSAGES_PAGE_LIMIT),
    });
    await recordAudit(repositories, actor, now, {
      action: 'care_plan.messages.read',
      personId: person.id,
      basis,
      detail: { section: input.sectionKey, count: messages.length },
    });
    return messages;
  });
}
