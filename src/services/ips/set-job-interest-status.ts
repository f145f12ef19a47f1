import type { Actor } from '../../domain/accounts/actor';
import type { JobInterestStatus } from '../../domain/ips/ips-vocabulary';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { openJobInterest, staleJobInterest } from './job-interest-checks';
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
    const current = await openJobInterest(r, { ...input, personId: person.id });
    const { employerLabel, ...stored } = current;
    const interest = { ...stored, status: input.status, revision: input.baseRevision + 1 };
    if (!(await r.ips.updateJobInterest(interest))) throw staleJobInterest(current);
    await recordAudit(r, actor, now, {
      action: 'ips.job_interest.update',
      personId: person.id,
      basis,
      detail: { jobInterestId: interest.id, status: interest.status },
    });
    return { ...interest, employerLabel };
  });
}
