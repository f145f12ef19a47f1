import { describe, expect, it } from 'vitest';
import { spearmanCorrelation } from './spearman-correlation';

describe('spearmanCorrelation', () => {
  it('reproduces the IQ and television example: rho = −29/165, two-sided p = 0.627188', () => {
    // Wikipedia's worked example: Σd² = 194, rho = 1 − 6·194/(10·99) = −0.175758; it prints the
    // one-sided P(T ≥ t) = 0.6864058 for t = −0.504978 with 8 df, so two-sided p = 2·(1 − 0.6864058).
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const hoursOfTelevision = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const result = spearmanCorrelation(iq, hoursOfTelevision);
    expect(result.rho).toBeCloseTo(-29 / 165, 12);
    expect(result.t).toBeCloseTo(-0.5049782, 6);
    expect(result.df).toBe(8);
    expect(Math.abs((result.p ?? 1) - 2 * (1 - 0.6864058))).toBeLessThan(1e-6);
  });

  it('handles ties: x = 1…7, y = 1, 3, 6, 2, 7, 4, 6 → rho = 0.6126375, p = 0.1436', () => {
    // Published output of R's cor.test(method = "spearman"), which uses the t approximation with ties.
    const result = spearmanCorrelation([1, 2, 3, 4, 5, 6, 7], [1, 3, 6, 2, 7, 4, 6]);
    expect(result.rho).toBeCloseTo(0.6126375, 7);
    expect(Math.abs((result.p ?? 1) - 0.1436)).toBeLessThan(1e-4);
  });

  it('by hand with 4 pairs: rho = 0.8, and with 2 df p = 1 − |rho| = 0.2', () => {
    // t = 0.8·√(2/0.36) = 1.885618; two-sided p for 2 df is 1 − t/√(t² + 2) = 1 − 0.8.
    const result = spearmanCorrelation([10, 20, 30, 40], [1, 3, 2, 4]);
    expect(result.rho).toBeCloseTo(0.8, 14);
    expect(result.t).toBeCloseTo(1.885618, 6);
    expect(result.p).toBeCloseTo(0.2, 12);
  });

  it('is unchanged by any monotone transformation of either variable', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    expect(spearmanCorrelation(x.map(Math.exp), y.map((value) => value ** 3)).rho).toBeCloseTo(spearmanCorrelation(x, y).rho ?? 0, 12);
  });

  it('gives rho = ±1, t = ±∞ and p = 0 for a perfectly monotone relation', () => {
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 8, 27, 64])).toEqual({ n: 4, rho: 1, t: Infinity, df: 2, p: 0 });
    expect(spearmanCorrelation([1, 2, 3], [9, 4, 1])).toMatchObject({ rho: -1, t: -Infinity, p: 0 });
  });

  it('leaves rho and p undefined with fewer than 3 pairs', () => {
    expect(spearmanCorrelation([1, 2], [2, 1])).toEqual({ n: 2, rho: null, t: null, df: 0, p: null });
    expect(spearmanCorrelation([], [])).toEqual({ n: 0, rho: null, t: null, df: 0, p: null });
  });

  it('leaves rho and p undefined when either variable does not vary', () => {
    expect(spearmanCorrelation([1, 2, 3, 4], [5, 5, 5, 5])).toMatchObject({ rho: null, p: null });
  });

  it('refuses unequal lengths and non-finite values', () => {
    expect(() => spearmanCorrelation([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => spearmanCorrelation([1, 2, Number.NaN], [1, 2, 3])).toThrow(RangeError);
  });
});
