import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail } from './chi-square-upper-tail';

// Critical values of the chi-square distribution as printed in standard tables (e.g. NIST/SEMATECH
// e-Handbook of Statistical Methods, §1.3.6.7.4), rounded to 3 decimals; at that rounding the
// upper tail is within 1e-4 of the tabled probability.
const TABLE: [x: number, df: number, upperTail: number][] = [
  [3.841, 1, 0.05],
  [6.635, 1, 0.01],
  [10.828, 1, 0.001],
  [5.991, 2, 0.05],
  [9.21, 2, 0.01],
  [9.488, 4, 0.05],
  [18.307, 10, 0.05],
  [43.773, 30, 0.05],
  [124.342, 100, 0.05],
];

describe('chiSquareUpperTail', () => {
  it.each(TABLE)('gives the tabled tail at x = %d with %d df (tolerance 1e-4)', (x, df, upperTail) => {
    expect(Math.abs(chiSquareUpperTail(x, df) - upperTail)).toBeLessThan(1e-4);
  });

  it('matches the closed form for 2 df, e^{−x/2}: 5.991 → 0.0500116', () => {
    expect(chiSquareUpperTail(5.991, 2)).toBeCloseTo(Math.exp(-5.991 / 2), 14);
    expect(chiSquareUpperTail(5.991, 2)).toBeCloseTo(0.0500116, 7);
  });

  it('is 1 at x ≤ 0', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(chiSquareUpperTail(-2, 3)).toBe(1);
  });

  it('refuses df ≤ 0 and NaN', () => {
    expect(() => chiSquareUpperTail(1, 0)).toThrow(RangeError);
    expect(() => chiSquareUpperTail(Number.NaN, 1)).toThrow(RangeError);
  });
});
