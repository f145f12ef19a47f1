import { describe, expect, it } from 'vitest';
import { jobTenure, quarterlyEmploymentRates, timeToFirstJob, type OutcomeJob } from './employment-outcomes';
import { quarterOf, quartersEndingWith } from './quarters';

const q2 = quarterOf('2026-05-10');
const job = (personId: string, startsOn: string, endsOn: string | null, isCompetitive = true): OutcomeJob => ({
  personId,
  startsOn,
  endsOn,
  isCompetitive,
});

describe('quarters', () => {
  it('knows each quarter’s first and last day, leap years included', () => {
    expect(quarterOf('2028-02-29')).toEqual({ label: '2028 Q1', from: '2028-01-01', to: '2028-03-31' });
    expect(quarterOf('2026-12-31')).toEqual({ label: '2026 Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(quartersEndingWith('2026-02-01', 3).map((q) => q.label)).toEqual(['2025 Q3', '2025 Q4', '2026 Q1']);
  });
});

describe('quarterly employment rate', () => {
  // Worked by hand for 2026 Q2 (1 April to 30 June):
  // a: referred in January, open, competitive job from 1 June            -> caseload, in work
  // b: referred 10 April and discharged 20 May (same quarter), job 1-15 May -> caseload, in work
  // c: referred 10 April, discharged 20 May, job starts 1 June (after)    -> caseload, not in work
  // d: referred in Q1, ended 31 March                                      -> not on the caseload
  // e: referred 30 June (last day), no job                                 -> caseload, not in work
  // f: open, only a sheltered (not competitive) job                        -> caseload, not in work
  // g: open, competitive job that ended 31 March                           -> caseload, not in work
  // h: two referrals in the quarter and two jobs                           -> counted once, in work
  // 7 people on the caseload (a b c e f g h, h once), 3 in work (a b h): 3/7.
  const referrals = [
    { personId: 'a', referredOn: '2026-01-05', endedOn: null },
    { personId: 'b', referredOn: '2026-04-10', endedOn: '2026-05-20' },
    { personId: 'c', referredOn: '2026-04-10', endedOn: '2026-05-20' },
    { personId: 'd', referredOn: '2026-01-05', endedOn: '2026-03-31' },
    { personId: 'e', referredOn: '2026-06-30', endedOn: null },
    { personId: 'f', referredOn: '2025-11-01', endedOn: null },
    { personId: 'g', referredOn: '2025-11-01', endedOn: null },
    { personId: 'h', referredOn: '2026-04-01', endedOn: '2026-04-30' },
    { personId: 'h', referredOn: '2026-05-15', endedOn: null },
  ];
  const jobs = [
    job('a', '2026-06-01', null),
    job('b', '2026-05-01', '2026-05-15'),
    job('c', '2026-06-01', null),
    job('d', '2026-04-01', null),
    job('f', '2026-01-01', null, false),
    job('g', '2025-12-01', '2026-03-31'),
    job('h', '2026-04-02', '2026-04-20'),
    job('h', '2026-06-01', null),
  ];

  it('counts people in competitive work at any time in the quarter over people on the caseload in it', () => {
    expect(quarterlyEmploymentRates([q2], referrals, jobs)).toEqual([
      { quarter: '2026 Q2', onCaseload: 7, inCompetitiveWork: 3, rate: 3 / 7 },
    ]);
  });

  it('gives no rate for a quarter with no one on the caseload', () => {
    expect(quarterlyEmploymentRates([quarterOf('2024-05-01')], referrals, jobs)).toEqual([
      { quarter: '2024 Q2', onCaseload: 0, inCompetitiveWork: 0, rate: null },
    ]);
  });

  it('counts the quarter before from the same records: d in work while still on the caseload is not, g is', () => {
    // Q1: a (no job yet), d (job starts 1 April: after), f (sheltered), g (in work) -> 1 of 4
    const [q1] = quarterlyEmploymentRates([quarterOf('2026-02-01')], referrals, jobs);
    expect(q1).toEqual({ quarter: '2026 Q1', onCaseload: 4, inCompetitiveWork: 1, rate: 0.25 });
  });
});

describe('time to first job and tenure', () => {
  it('takes days from each referral to its first competitive job, and the median', () => {
    const result = timeToFirstJob(
      [
        { personId: 'a', referredOn: '2026-01-01', endedOn: null },
        { personId: 'b', referredOn: '2026-01-01', endedOn: null },
        { personId: 'c', referredOn: '2026-01-01', endedOn: '2026-01-31' },
        { personId: 'd', referredOn: '2026-03-01', endedOn: null },
      ],
      [
        job('a', '2026-01-31', null), // 30 days
        job('a', '2026-01-11', null, false), // not competitive
        job('b', '2026-03-02', '2026-04-01'), // 60 days
        job('b', '2026-05-01', null), // later: not the first
        job('c', '2026-02-15', null), // after c's referral ended
        job('d', '2026-02-01', null), // before d's referral
      ],
    );
    expect(result).toEqual({ withJob: 2, withoutJob: 2, medianDays: 45 });
  });

  it('counts tenure from the first to the last day, and jobs going on up to today', () => {
    const tenure = jobTenure(
      [
        job('a', '2026-01-01', '2026-01-10'), // 10 days
        job('b', '2026-01-01', null), // 31 days to 31 January
        job('c', '2026-01-22', '2026-03-01'), // going on: 10 days so far
        job('d', '2026-01-01', null, false), // not competitive
        job('e', '2026-02-01', null), // not started yet
      ],
      '2026-01-31',
    );
    expect(tenure).toEqual({ jobs: 3, ongoing: 2, medianDays: 10 });
  });
});
