import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { openJobInterest, staleJobInterest } from './job-interest-checks';

/**
 * Takes a job interest out of the person's job search. Whoever may add one may remove it. The
 * interest is deleted, not hidden: the IPS record keeps no past versions of what it holds (an
 * edit replaces the words), and the audit trail keeps who removed which interest and when (ADR 0054).
 * A removal from an older revision is refused with 409, so nobody removes a change they have not seen.
 */
export async function removeJobInterest(
  deps: ServiceDeps,
  input: { personId: string; interestId: string; baseRevision: number },
  actor: Actor,
): Promise<void> {
  await deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'write_vocational_profile', now);
    const current = await openJobInterest(r, { ...input, personId: person.id });
    if (!(await r.ips.deleteJobInterest(current))) throw staleJobInterest(current);
    await recordAudit(r, actor, now, {
      action: 'ips.job_interest.remove',
      personId: person.id,
      basis,
      detail: { jobInterestId: current.id },
    });
  });
}
