import { describe, expect, it } from 'vitest';
import { reviewDateProblem } from './positive-risk-plan-review';

describe('reviewDateProblem', () => {
  it('refuses a day in the past', () => {
    expect(reviewDateProblem('2026-06-14', '2026-06-15')).toBe('A review date cannot be in the past.');
  });

  it('refuses a day more than two years ahead, and accepts one just inside', () => {
    expect(reviewDateProblem('2028-06-16', '2026-06-15')).toMatch(/more than 2 years/);
    expect(reviewDateProblem('2028-06-15', '2026-06-15')).toBeNull();
  });

  it('accepts today and ordinary days ahead', () => {
    expect(reviewDateProblem('2026-06-15', '2026-06-15')).toBeNull();
    expect(reviewDateProblem('2026-09-01', '2026-06-15')).toBeNull();
  });
});
