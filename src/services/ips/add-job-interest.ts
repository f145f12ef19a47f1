import type { Actor } from '../../domain/accounts/actor';
import type { JobInterestStatus } from '../../domain/ips/ips-vocabulary';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { checkJobInterestWords, type JobInterestWordsInput } from './job-interest-checks';
import type { JobInterestRecord, JobInterestView } from './ports';

export interface AddJobInterestInput extends JobInterestWordsInput {
  personId: string;
  status?: JobInterestStatus;
}

/**
 * Adds a kind of job (and an employer, if there is one) to the person's job search. The person
 * adds their own; their specialist and care team add one with them.
 */
export async function addJobInterest(
  deps: ServiceDeps,
  input: AddJobInterestInput,
  actor: Actor,
): Promise<JobInterestView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'write_vocational_profile', now);
    const { words, employerLabel } = await checkJobInterestWords(r, input);
    const interest: JobInterestRecord = {
      id: newId(),
      personId: person.id,
      ...words,
      status: input.status ?? 'interested',
      revision: 1,
      addedByAccountId: actor.accountId,
      addedByName: actor.displayName,
      addedAt: now,
    };
    await r.ips.createJobInterest(interest);
    await recordAudit(r, actor, now, {
      action: 'ips.job_interest.create',
      personId: person.id,
      basis,
      detail: { jobInterestId: interest.id },
    });
    return { ...interest, employerLabel };
  });
}
