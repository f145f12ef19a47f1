import { describe, expect, it } from 'vitest';
import { addMonths, nextReviewDue } from './next-review-due';

describe('nextReviewDue', () => {
  it('falls the team’s cadence after the review was held', () => {
    expect(nextReviewDue('2026-06-15', 12)).toBe('2027-06-15');
    expect(nextReviewDue('2026-06-15', 6)).toBe('2026-12-15');
  });

  it('uses twelve months when a team has no cadence', () => {
    expect(nextReviewDue('2026-06-15', null)).toBe('2027-06-15');
    expect(nextReviewDue('2026-06-15', 0)).toBe('2027-06-15');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
