import { daysBetween, type Quarter } from './quarters';

/** One referral to IPS as the outcomes need it: the period the person was on the caseload. */
export interface OutcomeReferral {
  personId: string;
  referredOn: string;
  /** The last day on the caseload, included; null while open. */
  endedOn: string | null;
}

/** One job as the outcomes need it: the days worked, both included; null while it goes on. */
export interface OutcomeJob {
  personId: string;
  startsOn: string;
  endsOn: string | null;
  isCompetitive: boolean;
}

/** The employment rate of a quarter: people in competitive work at any time in it, over people on the caseload in it. */
export interface QuarterRate {
  quarter: string;
  onCaseload: number;
  inCompetitiveWork: number;
  /** null when no one was on the caseload. */
  rate: number | null;
}

/** The benchmark services compare their quarterly employment rate with (IPS fidelity reviews). */
export const EMPLOYMENT_RATE_BENCHMARK = 0.4;

const overlap = (aFrom: string, aTo: string | null, bFrom: string, bTo: string) =>
  aFrom <= bTo && (aTo === null || aTo >= bFrom);

/**
 * The quarterly employment rate as IPS services report it: the people on the IPS caseload at any
 * time in the quarter (referred on or before its last day, not ended before its first), and of
 * them those in competitive work at any time in the quarter while on the caseload. A person
 * referred and discharged within the quarter counts on the caseload; a job that starts after
 * their referral ended does not count for IPS. Each person counts once per quarter, however many
 * referrals or jobs they had.
 */
export function quarterlyEmploymentRates(
  quarters: readonly Quarter[],
  referrals: readonly OutcomeReferral[],
  jobs: readonly OutcomeJob[],
): QuarterRate[] {
  const jobsByPerson = new Map<string, OutcomeJob[]>();
  for (const job of jobs) {
    if (!job.isCompetitive) continue;
    jobsByPerson.set(job.personId, [...(jobsByPerson.get(job.personId) ?? []), job]);
  }
  return quarters.map((quarter) => {
    const onCaseload = new Set<string>();
    const inWork = new Set<string>();
    for (const referral of referrals) {
      if (!overlap(referral.referredOn, referral.endedOn, quarter.from, quarter.to)) continue;
      onCaseload.add(referral.personId);
      // The days of the quarter the person was on the caseload.
      const from = referral.referredOn > quarter.from ? referral.referredOn : quarter.from;
      const to = referral.endedOn !== null && referral.endedOn < quarter.to ? referral.endedOn : quarter.to;
      const working = (jobsByPerson.get(referral.personId) ?? []).some((job) =>
        overlap(job.startsOn, job.endsOn, from, to),
      );
      if (working) inWork.add(referral.personId);
    }
    return {
      quarter: quarter.label,
      onCaseload: onCaseload.size,
      inCompetitiveWork: inWork.size,
      rate: onCaseload.size === 0 ? null : inWork.size / onCaseload.size,
    };
  });
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface TimeToFirstJob {
  /** Referrals that led to a competitive job. */
  withJob: number;
  /** Referrals with no competitive job yet. */
  withoutJob: number;
  /** Median days from referral to the first competitive job's first day. */
  medianDays: number | null;
}

/**
 * Days from each referral to the first competitive job that started on or after it (and while it
 * was open); the median over referrals that led to one, and how many have not (yet).
 */
export function timeToFirstJob(referrals: readonly OutcomeReferral[], jobs: readonly OutcomeJob[]): TimeToFirstJob {
  const days: number[] = [];
  for (const referral of referrals) {
    const starts = jobs
      .filter(
        (job) =>
          job.isCompetitive &&
          job.personId === referral.personId &&
          job.startsOn >= referral.referredOn &&
          (referral.endedOn === null || job.startsOn <= referral.endedOn),
      )
      .map((job) => job.startsOn)
      .sort();
    if (starts[0] !== undefined) days.push(daysBetween(referral.referredOn, starts[0]));
  }
  return { withJob: days.length, withoutJob: referrals.length - days.length, medianDays: median(days) };
}

export interface JobTenure {
  jobs: number;
  /** Jobs still going on `asOf`. */
  ongoing: number;
  /** Median days in post, counting a job that goes on up to `asOf` (so "at least" for those). */
  medianDays: number | null;
}

/** How long competitive jobs lasted: first to last day, both included; jobs going on count up to `asOf`. */
export function jobTenure(jobs: readonly OutcomeJob[], asOf: string): JobTenure {
  const competitive = jobs.filter((job) => job.isCompetitive && job.startsOn <= asOf);
  const days = competitive.map((job) => {
    const last = job.endsOn !== null && job.endsOn < asOf ? job.endsOn : asOf;
    return daysBetween(job.startsOn, last) + 1;
  });
  const ongoing = competitive.filter((job) => job.endsOn === null || job.endsOn > asOf).length;
  return { jobs: competitive.length, ongoing, medianDays: median(days) };
}
