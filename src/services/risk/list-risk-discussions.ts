import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { RiskDiscussionRecord } from './ports';

/** When and how the formulation was discussed with the person, newest first; the person sees it too. */
export async function listRiskDiscussions(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<RiskDiscussionRecord[]> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_risk', now);
    const discussions = await repositories.risk.listDiscussions(person.id);
    await recordAudit(repositories, actor, now, {
      action: 'risk_formulation.discussions.read',
      personId: person.id,
      basis,
      detail: { count: discussions.length },
    });
    return discussions;
  });
}
