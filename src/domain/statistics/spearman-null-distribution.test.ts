import { describe, expect, it } from 'vitest';
import { spearmanNullTail } from './spearman-null-distribution';

/** Every ordering of 1…n, by Heap's algorithm: an enumeration independent of the one under test. */
function* orderings(n: number): Generator<number[]> {
  const values = Array.from({ length: n }, (_, index) => index + 1);
  const counters = new Array<number>(n).fill(0);
  yield [...values];
  let index = 1;
  while (index < n) {
    if ((counters[index] ?? 0) < index) {
      const other = index % 2 === 0 ? 0 : (counters[index] ?? 0);
      [values[other], values[index]] = [values[index] ?? 0, values[other] ?? 0];
      yield [...values];
      counters[index] = (counters[index] ?? 0) + 1;
      index = 1;
    } else {
      counters[index] = 0;
      index += 1;
    }
  }
}

/** How many orderings give each S = Σ (i − pᵢ)², by brute force. */
function bruteForceCounts(n: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const ordering of orderings(n)) {
    const s = ordering.reduce((sum, rank, index) => sum + (index + 1 - rank) ** 2, 0);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

describe('spearmanNullTail', () => {
  it.each([3, 4, 5, 6, 7, 8])(
    'gives the exact tails of S for %i pairs, as every ordering listed by brute force does',
    (n) => {
      const counts = bruteForceCounts(n);
      const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
      const largest = (n ** 3 - n) / 3;
      for (let s = 0; s <= largest + 2; s += 1) {
        const atLeast = [...counts].filter(([value]) => value >= s).reduce((sum, [, count]) => sum + count, 0);
        expect(spearmanNullTail(s, n, 'upper')).toBeCloseTo(s <= 0 ? 1 : atLeast / total, 14);
        expect(spearmanNullTail(s, n, 'lower')).toBeCloseTo(s <= 0 ? 0 : 1 - atLeast / total, 14);
      }
    },
  );

  it('gives 17,563 of 362,880 orderings with S ≤ 48 for 9 pairs (R: cor.test one-sided p = 0.0484)', () => {
    // Hollander & Wolfe's example in R's cor.test help: S = 48, rho = 0.6, alternative "greater".
    expect(spearmanNullTail(50, 9, 'lower')).toBeCloseTo(17563 / 362880, 14);
  });

  it('uses AS 89’s Edgeworth series from 10 pairs, close to the exact distribution listed by brute force', () => {
    // Exact, from all 3,628,800 orderings of 10 (worked out separately): P[S ≥ 194] = 0.31607087742504,
    // P[S ≤ 20] = 0.00079998897707. The series values were computed separately from the published
    // formula: 0.31598368195304 and 0.00098852935538.
    expect(spearmanNullTail(194, 10, 'upper')).toBeCloseTo(0.31598368195304, 12);
    expect(spearmanNullTail(194, 10, 'upper') - 0.31607087742504).toBeLessThan(0.001);
    expect(spearmanNullTail(22, 10, 'lower')).toBeCloseTo(0.00098852935538, 12);
    expect(Math.abs(spearmanNullTail(22, 10, 'lower') - 0.00079998897707)).toBeLessThan(0.0005);
  });

  it('gives the trivial tails outside 0 < s ≤ (n³ − n)/3', () => {
    expect(spearmanNullTail(0, 12, 'upper')).toBe(1);
    expect(spearmanNullTail(0, 12, 'lower')).toBe(0);
    expect(spearmanNullTail(573, 12, 'upper')).toBe(0);
    expect(spearmanNullTail(573, 12, 'lower')).toBe(1);
  });

  it('refuses fewer than 2 pairs and NaN', () => {
    expect(() => spearmanNullTail(2, 1, 'upper')).toThrow(RangeError);
    expect(() => spearmanNullTail(Number.NaN, 5, 'upper')).toThrow(RangeError);
  });
});
