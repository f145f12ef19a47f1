import type { FidelityIndicatorKey } from './fidelity-scale';
import { median } from './employment-outcomes';
import { daysBetween } from './quarters';

/** What the records say about one team's IPS work, gathered by the service. */
export interface FidelityFacts {
  /** Open referrals per specialist. */
  caseloads: number[];
  /** For each referral in the last year: its date and the first face-to-face employer contact about the person. */
  referrals: { referredOn: string; firstFaceToFaceContactOn: string | null }[];
  /** Face-to-face employer contacts per specialist over `contactWeeks` weeks. */
  faceToFaceContacts: number[];
  contactWeeks: number;
  /** Jobs started in the last year. */
  jobs: { title: string; employerId: string; isCompetitive: boolean }[];
  /** People who started a job in the last year, and of them those with support recorded after the start. */
  startedWork: number;
  supportedAfterStart: number;
  /**
   * Each specialist's recorded contact minutes (time with the person and its admin minutes) over
   * the contact weeks: all of them, and those with people whose employment specialist they were
   * on the day (ADR 0038).
   */
  contactMinutes?: { employment: number; total: number }[];
}

export interface FidelityIndicator {
  key: FidelityIndicatorKey;
  label: string;
  value: number | null;
  /** The value in words: "14 people", "3.5 a week". */
  shown: string;
  /** The scale's best anchor, in words. */
  anchor: string;
  meetsAnchor: boolean | null;
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const percent = (value: number | null) => (value === null ? 'no records yet' : `${Math.round(value * 100)}%`);
const one = (value: number | null, unit: string) => (value === null ? 'no records yet' : `${value.toFixed(1)} ${unit}`);

/**
 * The figures shown beside the fidelity items, so a reviewer does not count by hand. Anchors are
 * the scale's top scores (IPS-25 manual, 2019): caseload 20 or fewer; first face-to-face employer
 * contact within 30 days; 6 face-to-face employer contacts a week; varied jobs and employers
 * (most different); competitive jobs; follow-along support for everyone in work; specialists who
 * provide only employment services (90% of their time or more).
 */
export function fidelityIndicators(facts: FidelityFacts): FidelityIndicator[] {
  const caseload = mean(facts.caseloads);
  const days = facts.referrals
    .filter((r) => r.firstFaceToFaceContactOn !== null)
    .map((r) => daysBetween(r.referredOn, r.firstFaceToFaceContactOn!));
  const medianDays = median(days);
  const perWeek =
    facts.faceToFaceContacts.length === 0 || facts.contactWeeks === 0
      ? null
      : mean(facts.faceToFaceContacts)! / facts.contactWeeks;
  const jobTypes = share(new Set(facts.jobs.map((j) => j.title.trim().toLowerCase())).size, facts.jobs.length);
  const employers = share(new Set(facts.jobs.map((j) => j.employerId)).size, facts.jobs.length);
  const competitive = share(facts.jobs.filter((j) => j.isCompetitive).length, facts.jobs.length);
  const followAlong = share(facts.supportedAfterStart, facts.startedWork);
  // The mean of each specialist's own share, so one busy specialist does not hide another's mixed role.
  const employmentTime = mean(
    (facts.contactMinutes ?? []).filter((m) => m.total > 0).map((m) => m.employment / m.total),
  );
  const at = (value: number | null, test: (v: number) => boolean) => (value === null ? null : test(value));
  return [
    {
      key: 'caseload_per_specialist',
      label: 'People per employment specialist',
      value: caseload,
      shown: one(caseload, 'people'),
      anchor: '20 or fewer',
      meetsAnchor: at(caseload, (v) => v <= 20),
    },
    {
      key: 'days_to_first_employer_contact',
      label: 'Days from referral to first face-to-face employer contact (median)',
      value: medianDays,
      shown: medianDays === null ? 'no records yet' : `${medianDays} days (${days.length} people)`,
      anchor: 'within 30 days',
      meetsAnchor: at(medianDays, (v) => v <= 30),
    },
    {
      key: 'face_to_face_employer_contacts_per_week',
      label: 'Face-to-face employer contacts per specialist per week',
      value: perWeek,
      shown: one(perWeek, 'a week'),
      anchor: '6 a week',
      meetsAnchor: at(perWeek, (v) => v >= 6),
    },
    {
      key: 'job_type_diversity',
      label: 'Different job types among jobs started',
      value: jobTypes,
      shown: percent(jobTypes),
      anchor: '85% or more different',
      meetsAnchor: at(jobTypes, (v) => v >= 0.85),
    },
    {
      key: 'employer_diversity',
      label: 'Different employers among jobs started',
      value: employers,
      shown: percent(employers),
      anchor: '85% or more different',
      meetsAnchor: at(employers, (v) => v >= 0.85),
    },
    {
      key: 'competitive_share',
      label: 'Jobs started that are competitive',
      value: competitive,
      shown: percent(competitive),
      anchor: '95% or more',
      meetsAnchor: at(competitive, (v) => v >= 0.95),
    },
    {
      key: 'follow_along_share',
      label: 'People in work with support recorded after they started',
      value: followAlong,
      shown: percent(followAlong),
      anchor: 'everyone',
      meetsAnchor: at(followAlong, (v) => v >= 0.9),
    },
    {
      key: 'employment_time_share',
      label: 'Specialists’ recorded contact time spent on employment work',
      value: employmentTime,
      shown: percent(employmentTime),
      anchor: '90% or more',
      meetsAnchor: at(employmentTime, (v) => v >= 0.9),
    },
  ];
}
