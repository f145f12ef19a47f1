import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarerAssessmentRequestView } from './ports';

/**
 * Requests for a carer's assessment made by the person's carers: the care team sees every one, a
 * carer only their own. The person is refused by the policy: these are the carer's (ADR 0036).
 */
export async function getCarerAssessments(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<CarerAssessmentRequestView[]> {
  return deps.uow.read(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(
      repositories,
      actor,
      input.personId,
      'read_carer_assessments',
      now,
    );
    const requests = await repositories.carerAssessments.listForPerson(
      person.id,
      basis === 'carer_consent' ? (actor.carerId ?? '') : undefined,
    );
    await recordAudit(repositories, actor, now, {
      action: 'carer_assessments.read',
      detail: { personId: basis === 'carer_consent' ? undefined : person.id, requests: requests.length },
    });
    return requests;
  });
}
