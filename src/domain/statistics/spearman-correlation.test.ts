import { describe, expect, it } from 'vitest';
import { spearmanCorrelation } from './spearman-correlation';

describe('spearmanCorrelation', () => {
  it('with Student’s t asked for, reproduces the IQ and television example: rho = −29/165, two-sided p = 0.627188', () => {
    // Wikipedia's worked example: Σd² = 194, rho = 1 − 6·194/(10·99) = −0.175758; it prints the
    // one-sided P(T ≥ t) = 0.6864058 for t = −0.504978 with 8 df, so two-sided p = 2·(1 − 0.6864058).
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const hoursOfTelevision = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const result = spearmanCorrelation(iq, hoursOfTelevision, { exact: false });
    expect(result.rho).toBeCloseTo(-29 / 165, 12);
    expect(result.method).toBe('t-approximation');
    expect(result.t).toBeCloseTo(-0.5049782, 6);
    expect(result.df).toBe(8);
    expect(Math.abs((result.p ?? 1) - 2 * (1 - 0.6864058))).toBeLessThan(1e-6);
  });

  it('handles ties: x = 1…7, y = 1, 3, 6, 2, 7, 4, 6 → rho = 0.6126375, p = 0.1436', () => {
    // Published output of R's cor.test(method = "spearman"), which uses the t approximation with ties.
    const result = spearmanCorrelation([1, 2, 3, 4, 5, 6, 7], [1, 3, 6, 2, 7, 4, 6]);
    expect(result.rho).toBeCloseTo(0.6126375, 7);
    expect(Math.abs((result.p ?? 1) - 0.1436)).toBeLessThan(1e-4);
    expect(result.method).toBe('t-approximation');
  });

  it('by default, as R’s cor.test, uses the exact distribution up to 9 pairs: Hollander & Wolfe, S = 48, p = 2 · 17563/9!', () => {
    // R: cor.test(x, y, method = "spearman") gives S = 48, p-value = 0.09680, rho = 0.6 for these data.
    const x = [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1];
    const y = [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8];
    const result = spearmanCorrelation(x, y);
    expect(result).toMatchObject({ n: 9, method: 'exact' });
    expect(result.rho).toBeCloseTo(0.6, 12);
    expect(result.s).toBeCloseTo(48, 9);
    expect(result.p).toBeCloseTo((2 * 17563) / 362880, 14);
  });

  it('by default, from 10 pairs without ties, uses AS 89’s Edgeworth series: IQ and television, p = 0.631967', () => {
    // S = 194 lies above its mean of 165, so p = 2·P[S ≥ 194]; the exact value over all 10! orderings is 0.632142.
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const hoursOfTelevision = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const result = spearmanCorrelation(iq, hoursOfTelevision);
    expect(result).toMatchObject({ n: 10, method: 'edgeworth' });
    expect(result.s).toBeCloseTo(194, 9);
    expect(result.p).toBeCloseTo(2 * 0.31598368195304, 12);
  });

  it('by hand with 4 pairs and no ties: S = 2, and 4 of the 24 orderings have S ≤ 2, so p = 2 · 4/24', () => {
    // S = 0 (the identity) and S = 2 (the three swaps of neighbours) are at least as extreme.
    const result = spearmanCorrelation([10, 20, 30, 40], [1, 3, 2, 4]);
    expect(result).toMatchObject({ method: 'exact' });
    expect(result.p).toBeCloseTo(1 / 3, 14);
  });

  it('by default gives the exact p for a perfect relation: 2/4! = 1/12 with 4 pairs, 2/3! = 1/3 with 3', () => {
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 8, 27, 64])).toMatchObject({ rho: 1, method: 'exact' });
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 8, 27, 64]).p).toBeCloseTo(1 / 12, 14);
    expect(spearmanCorrelation([1, 2, 3], [9, 4, 1]).p).toBeCloseTo(1 / 3, 14);
  });

  it('uses Student’s t from 1,290 pairs on, as R does', () => {
    const x = Array.from({ length: 1290 }, (_, index) => index);
    const y = x.map((value) => (value * 7919) % 1290);
    expect(spearmanCorrelation(x, y).method).toBe('t-approximation');
    expect(spearmanCorrelation(x.slice(1), y.slice(1)).method).toBe('edgeworth');
  });

  it('with Student’s t asked for, by hand with 4 pairs: rho = 0.8, and with 2 df p = 1 − |rho| = 0.2', () => {
    // t = 0.8·√(2/0.36) = 1.885618; two-sided p for 2 df is 1 − t/√(t² + 2) = 1 − 0.8.
    const result = spearmanCorrelation([10, 20, 30, 40], [1, 3, 2, 4], { exact: false });
    expect(result.rho).toBeCloseTo(0.8, 14);
    expect(result.t).toBeCloseTo(1.885618, 6);
    expect(result.p).toBeCloseTo(0.2, 12);
  });

  it('is unchanged by any monotone transformation of either variable', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    expect(
      spearmanCorrelation(
        x.map(Math.exp),
        y.map((value) => value ** 3),
      ).rho,
    ).toBeCloseTo(spearmanCorrelation(x, y).rho ?? 0, 12);
  });

  it('with Student’s t asked for, gives rho = ±1, t = ±∞ and p = 0 for a perfectly monotone relation', () => {
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 8, 27, 64], { exact: false })).toEqual({
      n: 4,
      rho: 1,
      s: 0,
      t: Infinity,
      df: 2,
      p: 0,
      method: 't-approximation',
    });
    expect(spearmanCorrelation([1, 2, 3], [9, 4, 1], { exact: false })).toMatchObject({ rho: -1, t: -Infinity, p: 0 });
  });

  it('leaves rho and p undefined with fewer than 3 pairs', () => {
    expect(spearmanCorrelation([1, 2], [2, 1])).toEqual({
      n: 2,
      rho: null,
      s: null,
      t: null,
      df: 0,
      p: null,
      method: null,
    });
    expect(spearmanCorrelation([], [])).toEqual({ n: 0, rho: null, s: null, t: null, df: 0, p: null, method: null });
  });

  it('leaves rho and p undefined when either variable does not vary', () => {
    expect(spearmanCorrelation([1, 2, 3, 4], [5, 5, 5, 5])).toMatchObject({ rho: null, p: null });
  });

  it('refuses unequal lengths and non-finite values', () => {
    expect(() => spearmanCorrelation([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => spearmanCorrelation([1, 2, Number.NaN], [1, 2, 3])).toThrow(RangeError);
  });
});
