import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarePlanMessageRecord } from './ports';
import { refuseCarerDiscussion } from './section-thread-access';
import { requireSection, sectionDefinitionsFor } from './section-definitions';
import { documentOf, type DocumentInput } from './document-of';

/** The most messages one request returns; later ones come page by page (`afterId`). */
export const MESSAGES_PAGE_LIMIT = 100;

/** The discussion thread of one section, oldest first, so a disagreement reads as the conversation it was; a page at a time. */
export async function listSectionMessages(
  deps: ServiceDeps,
  input: DocumentInput & { personId: string; sectionKey: string; afterId?: string; limit?: number },
  actor: Actor,
): Promise<CarePlanMessageRecord[]> {
  return deps.uow.run(async (repositories) => {
    const { kind, rules, documents } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.readAction, now);
    refuseCarerDiscussion(basis);
    requireSection(
      await sectionDefinitionsFor(repositories, await documents.findPlan(person.id), kind),
      input.sectionKey,
    );
    const messages = await documents.listMessages(person.id, input.sectionKey, {
      afterId: input.afterId,
      limit: Math.min(input.limit ?? MESSAGES_PAGE_LIMIT, MESSAGES_PAGE_LIMIT),
    });
    await recordAudit(repositories, actor, now, {
      action: `${kind}.messages.read`,
      personId: person.id,
      basis,
      detail: { section: input.sectionKey, count: messages.length },
    });
    return messages;
  });
}
