import { describe, expect, it } from 'vitest';
import { studentTTwoSidedP } from './student-t-two-sided';

// Two-sided 5% critical values of Student's t as printed in standard tables (e.g. NIST/SEMATECH
// e-Handbook of Statistical Methods, §1.3.6.7.2), rounded to 3 decimals.
const TABLE: [t: number, df: number][] = [
  [12.706, 1],
  [2.306, 8],
  [2.228, 10],
  [2.042, 30],
];

describe('studentTTwoSidedP', () => {
  it.each(TABLE)('gives p = 0.05 at t = %d with %d df (tolerance 1e-4)', (t, df) => {
    expect(Math.abs(studentTTwoSidedP(t, df) - 0.05)).toBeLessThan(1e-4);
    expect(Math.abs(studentTTwoSidedP(-t, df) - 0.05)).toBeLessThan(1e-4);
  });

  it('matches the Cauchy distribution for 1 df: P(|T| ≥ 1) = 1/2', () => {
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 14);
  });

  it('matches the closed form for 2 df, 1 − |t|/√(t² + 2): t = 2 → 1 − 2/√6', () => {
    expect(studentTTwoSidedP(2, 2)).toBeCloseTo(1 - 2 / Math.sqrt(6), 14);
  });

  it('approaches the normal distribution for very many df: 1.96 → 0.05', () => {
    expect(Math.abs(studentTTwoSidedP(1.96, 1e6) - 0.05)).toBeLessThan(1e-4);
  });

  it('is 1 at t = 0 and 0 at t = ±∞', () => {
    expect(studentTTwoSidedP(0, 5)).toBe(1);
    expect(studentTTwoSidedP(Infinity, 5)).toBe(0);
    expect(studentTTwoSidedP(-Infinity, 5)).toBe(0);
  });

  it('refuses df ≤ 0 and NaN', () => {
    expect(() => studentTTwoSidedP(1, 0)).toThrow(RangeError);
    expect(() => studentTTwoSidedP(Number.NaN, 3)).toThrow(RangeError);
  });
});
