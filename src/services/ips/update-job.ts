import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { requireEmployer } from './employers';
import { checkJob, type JobInput } from './record-job';
import type { JobView } from './ports';

/**
 * Corrects a job or records its end. `baseRevision` is the revision the editor started from: an
 * edit over someone else's is refused with 409 and the job as it now stands.
 */
export async function updateJob(
  deps: ServiceDeps,
  input: JobInput & { personId: string; jobId: string; baseRevision: number },
  actor: Actor,
): Promise<JobView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'record_ips', now);
    const current = await r.ips.findJob(person.id, input.jobId);
    if (!current) throw new AppError('not_found', 'There is no such job in this person’s record.');
    const employer = await requireEmployer(r, input.employerId);
    const { employerName: _name, employerSector: _sector, ...stored } = current;
    const job = {
      ...stored,
      employerId: employer.id,
      kind: input.kind,
      title: input.title.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      hourlyPayPence: input.hourlyPayPence ?? null,
      isCompetitive: input.isCompetitive,
      endReason: input.endsOn ? (input.endReason ?? null) : null,
      revision: input.baseRevision + 1,
      updatedAt: now,
    };
    checkJob(job, now);
    if (input.baseRevision !== current.revision || !(await r.ips.updateJob(job)))
      throw new AppError('conflict', 'Someone changed this job after you opened it. Here it is as it now stands.', {
        current,
      });
    await recordAudit(r, actor, now, {
      action: 'ips.job.update',
      personId: person.id,
      basis,
      detail: { jobId: job.id },
    });
    return { ...job, employerName: employer.name, employerSector: employer.sector };
  });
}
