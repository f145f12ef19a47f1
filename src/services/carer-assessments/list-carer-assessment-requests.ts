import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CarerAssessmentRequestView } from './ports';

/**
 * Requests for a carer's assessment still waiting for an answer, from the carers of everyone whose
 * care team the worker is in today: beside the team inbox, so a request to an absent coordinator
 * is still seen.
 */
export async function listCarerAssessmentRequests(
  deps: ServiceDeps,
  actor: Actor,
): Promise<CarerAssessmentRequestView[]> {
  if (!actor.workerId || (actor.role !== 'worker' && actor.role !== 'team_manager'))
    throw new AppError('forbidden', 'Only workers in a care team see carers’ requests.');
  const workerId = actor.workerId;
  return deps.uow.read(async (repositories) => {
    const now = deps.now();
    const day = isoDate(now);
    const people = await repositories.careTeams.caseload(workerId, day, day);
    const requests = await repositories.carerAssessments.listOpenForPeople([
      ...new Set(people.map((row) => row.personId)),
    ]);
    await recordAudit(repositories, actor, now, {
      action: 'carer_assessments.waiting.read',
      detail: { requests: requests.length },
    });
    return requests;
  });
}
