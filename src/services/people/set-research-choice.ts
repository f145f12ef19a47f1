import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

/**
 * The person leaves the pseudonymised research exports, or joins them again. Only they choose;
 * from the next export on, nothing of theirs is in it (contacts, care-team periods, ratings, feedback).
 */
export async function setResearchChoice(
  deps: ServiceDeps,
  input: { personId: string; optOut: boolean },
  actor: Actor,
): Promise<{ optOut: boolean }> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'set_research_choice', now);
    await r.organisation.setResearchOptOut(person.id, input.optOut);
    await recordAudit(r, actor, now, {
      action: 'person.research_choice.set',
      personId: person.id,
      basis,
      detail: { optOut: input.optOut },
    });
    return { optOut: input.optOut };
  });
}
