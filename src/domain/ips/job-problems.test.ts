import { describe, expect, it } from 'vitest';
import { jobProblems, type JobFacts } from './job-problems';

const good: JobFacts = {
  kind: 'job',
  startsOn: '2026-03-01',
  endsOn: null,
  hoursPerWeek: 16,
  hourlyPayPence: 1221,
  isCompetitive: true,
};

describe('job problems', () => {
  it('accepts a competitive job with its hours and pay', () => {
    expect(jobProblems(good)).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(jobProblems({ ...good, endsOn: '2026-02-28' }).map((p) => p.field)).toEqual(['endsOn']);
    expect(jobProblems({ ...good, hoursPerWeek: -4 }).map((p) => p.field)).toEqual(['hoursPerWeek']);
    expect(jobProblems({ ...good, hourlyPayPence: -1 }).map((p) => p.field)).toEqual(['hourlyPay']);
    expect(jobProblems({ ...good, kind: 'training' }).map((p) => p.field)).toEqual(['isCompetitive']);
    expect(jobProblems({ ...good, hourlyPayPence: null })[0]?.message).toMatch(/hours and the pay/);
  });

  it('lets a job end on the day it starts, and a non-competitive job go without pay', () => {
    expect(jobProblems({ ...good, endsOn: good.startsOn })).toEqual([]);
    expect(jobProblems({ ...good, isCompetitive: false, hourlyPayPence: null, hoursPerWeek: null })).toEqual([]);
  });
});
