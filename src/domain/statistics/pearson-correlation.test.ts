import { describe, expect, it } from 'vitest';
import { pearsonCorrelation } from './pearson-correlation';

describe('pearsonCorrelation', () => {
  it('is 1 and −1 for exact straight lines', () => {
    expect(pearsonCorrelation([1, 2, 3], [2, 4, 6])).toBe(1);
    expect(pearsonCorrelation([1, 2, 3], [3, 2, 1])).toBe(-1);
  });

  it('by hand: x = 1, 2, 3, 4 and y = 1, 3, 2, 4 → Σdxdy = 4, Σdx² = Σdy² = 5 → r = 0.8', () => {
    expect(pearsonCorrelation([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 14);
  });

  it('is undefined (null) with fewer than 2 pairs or no variation', () => {
    expect(pearsonCorrelation([1], [2])).toBeNull();
    expect(pearsonCorrelation([1, 2, 3], [5, 5, 5])).toBeNull();
  });

  it('refuses unequal lengths and non-finite values', () => {
    expect(() => pearsonCorrelation([1, 2], [1])).toThrow(RangeError);
    expect(() => pearsonCorrelation([1, Number.NaN], [1, 2])).toThrow(RangeError);
  });
});
