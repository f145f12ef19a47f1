import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { JobInterestStatus } from '../../domain/ips/ips-vocabulary';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { JobInterestView } from './ports';

/**
 * Moves a job interest on (interested, applied, not now). `baseRevision` is the revision the
 * changer saw: a change over someone else's is refused with 409 and the interest as it now stands.
 */
export async function setJobInterestStatus(
  deps: ServiceDeps,
  input: { personId: string; interestId: string; status: JobInterestStatus; baseRevision: number },
  actor: Actor,
): Promise<JobInterestView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'write_vocational_profile', now);
    const current = await r.ips.findJobInterest(person.id, input.interestId);
    if (!current) throw new AppError('not_found', 'There is no such job interest in this person’s record.');
    const { employerLabel, ...stored } = current;
    const interest = { ...stored, status: input.status, revision: input.baseRevision + 1 };
    if (input.baseRevision !== current.revision || !(await r.ips.updateJobInterestStatus(interest)))
      throw new AppError('conflict', 'Someone changed this after you opened it. Here it is as it now stands.', {
        current,
      });
    await recordAudit(r, actor, now, {
      action: 'ips.job_interest.update',
      personId: person.id,
      basis,
      detail: { jobInterestId: interest.id, status: interest.status },
    });
    return { ...interest, employerLabel };
  });
}
