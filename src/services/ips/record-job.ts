import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { JobEndReason, JobKind } from '../../domain/ips/ips-vocabulary';
import { jobProblems } from '../../domain/ips/job-problems';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { requireEmployer } from './employers';
import { checkIpsDay } from './ips-dates';
import type { JobRecord, JobView } from './ports';

export interface JobInput {
  employerId: string;
  kind: JobKind;
  title: string;
  startsOn: string;
  endsOn?: string | null;
  hoursPerWeek?: number | null;
  hourlyPayPence?: number | null;
  isCompetitive: boolean;
  endReason?: JobEndReason | null;
}

/** Refuses a job that cannot be right, naming the first field at fault; nothing is written. */
export function checkJob(job: JobRecord, now: Date): void {
  const [problem] = jobProblems(job);
  if (problem) throw new AppError('bad_request', problem.message, { field: problem.field });
  checkIpsDay(job.startsOn, now, 'startsOn', 'A job’s first day');
  if (job.endsOn !== null && job.endReason === null)
    throw new AppError('bad_request', 'Say why the job ended.', { field: 'endReason' });
}

/** Records a job, or an education or training start, that the person began. */
export async function recordJob(
  deps: ServiceDeps,
  input: JobInput & { personId: string },
  actor: Actor,
): Promise<JobView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'record_ips', now);
    const employer = await requireEmployer(r, input.employerId);
    const job: JobRecord = {
      id: newId(),
      personId: person.id,
      employerId: employer.id,
      kind: input.kind,
      title: input.title.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      hourlyPayPence: input.hourlyPayPence ?? null,
      isCompetitive: input.isCompetitive,
      endReason: input.endsOn ? (input.endReason ?? null) : null,
      revision: 1,
      recordedByAccountId: actor.accountId,
      updatedAt: now,
    };
    checkJob(job, now);
    await r.ips.createJob(job);
    await recordAudit(r, actor, now, {
      action: 'ips.job.create',
      personId: person.id,
      basis,
      detail: { jobId: job.id },
    });
    return { ...job, employerName: employer.name, employerSector: employer.sector };
  });
}
