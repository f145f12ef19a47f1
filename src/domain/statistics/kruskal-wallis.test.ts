import { describe, expect, it } from 'vitest';
import { kruskalWallis } from './kruskal-wallis';

describe('kruskalWallis', () => {
  it('reproduces Hollander & Wolfe (1973, p. 116), no ties: H = 0.77143, df 2, p = 0.68', () => {
    // Pooled ranks: normal 4 + 5 + 8 + 9 + 10 = 36, obstructive 3 + 6 + 13 + 14 = 36,
    // asbestosis 1 + 2 + 7 + 11 + 12 = 33; H = 12/(14·15)·(36²/5 + 36²/4 + 33²/5) − 3·15 = 0.771429.
    const result = kruskalWallis([
      [2.9, 3.0, 2.5, 2.6, 3.2],
      [3.8, 2.7, 4.0, 2.4],
      [2.8, 3.4, 3.7, 2.2, 2.0],
    ]);
    expect(result).toMatchObject({ df: 2, n: 14, groups: 3 });
    expect(result.h).toBeCloseTo(0.771429, 5);
    expect(result.p).toBeCloseTo(0.68, 2);
  });

  it('reproduces the fertiliser example with many ties: H = 9.4207, df 2, p = 0.009002', () => {
    // Three fertilisers, six plants each (the Kruskal–Wallis example on Wikipedia, as run in R).
    const result = kruskalWallis([
      [6, 8, 4, 5, 3, 4],
      [8, 12, 9, 11, 6, 8],
      [13, 9, 11, 8, 7, 12],
    ]);
    expect(result.h).toBeCloseTo(9.4207, 4);
    expect(Math.abs((result.p ?? 1) - 0.009002)).toBeLessThan(1e-6);
  });

  it('reproduces the PlantGrowth data (Dobson 1983), one tie: H = 7.9882, df 2, p = 0.01842', () => {
    const control = [4.17, 5.58, 5.18, 6.11, 4.5, 4.61, 5.17, 4.53, 5.33, 5.14];
    const treatment1 = [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69];
    const treatment2 = [6.31, 5.12, 5.54, 5.5, 5.37, 5.29, 4.92, 6.15, 5.8, 5.26];
    const result = kruskalWallis([control, treatment1, treatment2]);
    expect(result.h).toBeCloseTo(7.9882, 4);
    expect(Math.abs((result.p ?? 1) - 0.01842)).toBeLessThan(1e-5);
  });

  it('corrects for ties by hand: {1, 2, 2} vs {2, 3} → H = (4/3) / 0.8 = 5/3, p = 0.196706', () => {
    // Ranks 1, 3, 3 | 3, 5: R = 7 and 8; 12/30·(49/3 + 64/2) − 18 = 4/3;
    // C = 1 − (3³ − 3)/(5³ − 5) = 1 − 24/120 = 0.8. p = P(chi-square(1) ≥ 5/3).
    const result = kruskalWallis([
      [1, 2, 2],
      [2, 3],
    ]);
    expect(result.h).toBeCloseTo(5 / 3, 12);
    expect(result.df).toBe(1);
    expect(result.p).toBeCloseTo(0.1967056, 6);
  });

  it('gives H = 0 and p = 1 when every group has the same mean rank', () => {
    const result = kruskalWallis([
      [1, 4],
      [2, 3],
    ]);
    expect(result.h).toBeCloseTo(0, 12);
    expect(result.p).toBeCloseTo(1, 12);
  });

  it('drops empty groups and does not count them', () => {
    const result = kruskalWallis([[1, 2, 2], [], [2, 3]]);
    expect(result).toMatchObject({ groups: 2, df: 1, n: 5 });
    expect(result.h).toBeCloseTo(5 / 3, 12);
  });

  it('leaves H and p undefined with fewer than 2 groups with data', () => {
    expect(kruskalWallis([[1, 2, 3]])).toEqual({ h: null, df: 0, p: null, n: 3, groups: 1 });
    expect(kruskalWallis([[1, 2, 3], []])).toEqual({ h: null, df: 0, p: null, n: 3, groups: 1 });
    expect(kruskalWallis([])).toEqual({ h: null, df: 0, p: null, n: 0, groups: 0 });
  });

  it('leaves H and p undefined when every value is the same (tie correction is 0)', () => {
    expect(
      kruskalWallis([
        [5, 5],
        [5, 5, 5],
      ]),
    ).toEqual({ h: null, df: 1, p: null, n: 5, groups: 2 });
  });

  it('refuses non-finite values', () => {
    expect(() => kruskalWallis([[1, 2], [Number.POSITIVE_INFINITY]])).toThrow(RangeError);
  });
});
