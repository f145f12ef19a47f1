import { describe, expect, it } from 'vitest';
import { quantile, quantileOfSorted } from './quantile';

describe('quantile (Hyndman & Fan definition 7)', () => {
  it('interpolates between order statistics: 1, 2, 3, 4 at p = 0.25 → h = 0.75 → 1 + 0.75·1 = 1.75', () => {
    expect(quantile([4, 2, 3, 1], 0.25)).toBeCloseTo(1.75, 14);
    expect(quantile([4, 2, 3, 1], 0.75)).toBeCloseTo(3.25, 14);
  });

  it('gives the minimum at p = 0 and the maximum at p = 1', () => {
    expect(quantile([5, 1, 9], 0)).toBe(1);
    expect(quantile([5, 1, 9], 1)).toBe(9);
  });

  it('gives the one value for a single value, and null for none', () => {
    expect(quantile([7], 0.3)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('refuses p outside [0, 1] and non-finite values', () => {
    expect(() => quantileOfSorted([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(RangeError);
  });
});
