import { describe, expect, it } from 'vitest';
import { withEpsilonSquared } from './epsilon-squared';
import { kruskalWallis } from './kruskal-wallis';

describe('withEpsilonSquared', () => {
  it('by hand for Hollander & Wolfe (1973, p. 116): H = 0.771429 with 14 values → ε² = 0.771429/13 = 0.059341', () => {
    const result = withEpsilonSquared(
      kruskalWallis([
        [2.9, 3.0, 2.5, 2.6, 3.2],
        [3.8, 2.7, 4.0, 2.4],
        [2.8, 3.4, 3.7, 2.2, 2.0],
      ]),
    );
    expect(result.epsilonSquared).toBeCloseTo(0.059341, 6);
    expect(result.h).toBeCloseTo(0.771429, 5);
  });

  it('by hand with ties: {1, 2, 2} vs {2, 3} → H = 5/3 over 5 values → ε² = (5/3)/4 = 5/12', () => {
    expect(
      withEpsilonSquared(
        kruskalWallis([
          [1, 2, 2],
          [2, 3],
        ]),
      ).epsilonSquared,
    ).toBeCloseTo(5 / 12, 12);
  });

  it('is the share of the rank variance between groups: {1, 2} vs {3, 4} vs {5, 6} → ε² = 16/17.5', () => {
    // Rank sums 3, 7, 11: H = 12/(6·7)·(9/2 + 49/2 + 121/2) − 3·7 = 4.571429; ε² = 4.571429/5 = 0.914286,
    // which is the between-group sum of squares of the ranks, 2·(2² + 0² + 2²) = 16, over the total, 17.5.
    expect(
      withEpsilonSquared(
        kruskalWallis([
          [1, 2],
          [3, 4],
          [5, 6],
        ]),
      ).epsilonSquared,
    ).toBeCloseTo(0.914286, 6);
  });

  it('is 0 when every group has the same mean rank, and null when H is undefined', () => {
    expect(
      withEpsilonSquared(
        kruskalWallis([
          [1, 4],
          [2, 3],
        ]),
      ).epsilonSquared,
    ).toBeCloseTo(0, 12);
    expect(withEpsilonSquared(kruskalWallis([[1, 2, 3]])).epsilonSquared).toBeNull();
    expect(
      withEpsilonSquared(
        kruskalWallis([
          [5, 5],
          [5, 5, 5],
        ]),
      ).epsilonSquared,
    ).toBeNull();
  });
});
