import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { JobInterestStatus } from '../../domain/ips/ips-vocabulary';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { requireEmployer } from './employers';
import type { JobInterestRecord, JobInterestView } from './ports';

export interface AddJobInterestInput {
  personId: string;
  jobKind: string;
  /** One of the service's employer records, or … */
  employerId?: string | null;
  /** … an employer's name, or neither when it is a kind of job only. */
  employerName?: string | null;
  why?: string;
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
    const named = input.employerName?.trim() ? input.employerName.trim() : null;
    if (input.employerId && named)
      throw new AppError('bad_request', 'Choose an employer from the list or type a name, not both.', {
        field: 'employerName',
      });
    const employer = input.employerId ? await requireEmployer(r, input.employerId) : null;
    const jobKind = input.jobKind.trim();
    if (jobKind === '') throw new AppError('bad_request', 'Say what kind of job.', { field: 'jobKind' });
    const interest: JobInterestRecord = {
      id: newId(),
      personId: person.id,
      jobKind,
      employerId: employer?.id ?? null,
      employerName: employer ? null : named,
      why: (input.why ?? '').trim(),
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
    return { ...interest, employerLabel: employer?.name ?? named };
  });
}
