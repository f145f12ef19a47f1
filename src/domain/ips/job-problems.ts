import { IPS_LIMITS, type JobKind } from './ips-vocabulary';

export interface JobFacts {
  kind: JobKind;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number | null;
  hourlyPayPence: number | null;
  isCompetitive: boolean;
}

export interface JobProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a job as recorded, for a 400 that names the field. Competitive employment is
 * a paid job open to anyone, at or above the minimum wage, not set aside for disabled people (IPS
 * fidelity scale, item "competitive employment"; Bond et al. 2012): a course cannot be competitive
 * work, and a competitive job needs its pay and hours so the claim can be checked.
 *
 * @example jobProblems({ ...job, endsOn: '2026-01-01', startsOn: '2026-02-01' })[0]?.field // 'endsOn'
 */
export function jobProblems(job: JobFacts): JobProblem[] {
  const problems: JobProblem[] = [];
  if (job.endsOn !== null && job.endsOn < job.startsOn)
    problems.push({ field: 'endsOn', message: 'The last day cannot be before the first day.' });
  if (job.hoursPerWeek !== null && (job.hoursPerWeek <= 0 || job.hoursPerWeek > IPS_LIMITS.maxHoursPerWeek))
    problems.push({
      field: 'hoursPerWeek',
      message: `Hours a week are more than 0 and at most ${IPS_LIMITS.maxHoursPerWeek}.`,
    });
  if (job.hourlyPayPence !== null && (job.hourlyPayPence < 0 || job.hourlyPayPence > IPS_LIMITS.maxHourlyPayPence))
    problems.push({ field: 'hourlyPay', message: 'Pay an hour cannot be negative or over £500.' });
  if (job.isCompetitive && job.kind !== 'job')
    problems.push({ field: 'isCompetitive', message: 'Only a paid job can be competitive employment.' });
  if (job.isCompetitive && (job.hoursPerWeek === null || job.hourlyPayPence === null))
    problems.push({
      field: 'isCompetitive',
      message: 'Give the hours and the pay of a competitive job, so the figures can be checked.',
    });
  return problems;
}
