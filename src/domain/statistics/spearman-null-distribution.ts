import { normalUpperTail } from './normal-upper-tail';

/** Up to this many pairs the null distribution of S is worked out exactly, as R's prho.c does (n_small = 9). */
export const LARGEST_EXACTLY_ENUMERATED_N = 9;

/** Which side of S: `upper` is P[S ≥ s]; `lower` is P[S < s]. */
export type SpearmanTail = 'upper' | 'lower';

/**
 * A tail of the null distribution of Spearman's S = Σ dᵢ² (dᵢ the difference of the ranks of pair i)
 * for n pairs without ties, when every ordering of y against x is equally likely: `upper` gives
 * P[S ≥ s], `lower` gives P[S < s].
 *
 * Algorithm AS 89 (Best DJ, Roberts DE. The upper tail probabilities of Spearman's rho.
 * Appl Stat 1975;24(3):377–379), with the changes R's `cor.test` makes to it: the distribution is
 * exact for n ≤ 9 (AS 89 stopped at 6), and for larger n an Edgeworth series with AS 89's
 * coefficients around the normal distribution of ρ·√(n − 1), with the normal tail computed
 * precisely rather than by algorithm AS 66.
 *
 * s outside (0, (n³ − n)/3] gives the trivial answer (upper 1 or 0, lower 0 or 1).
 *
 * @example spearmanNullTail(48, 9, 'lower') // P[S < 48] for 9 pairs
 */
export function spearmanNullTail(s: number, n: number, tail: SpearmanTail): number {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`Spearman's S needs at least 2 pairs, got ${n}.`);
  if (Number.isNaN(s)) throw new RangeError("Spearman's S needs a number, got NaN.");
  const upper = tail === 'upper';
  const largest = (n * (n * n - 1)) / 3;
  if (s <= 0) return upper ? 1 : 0;
  if (s > largest) return upper ? 0 : 1;
  return n <= LARGEST_EXACTLY_ENUMERATED_N ? exactTail(s, n, upper) : edgeworthTail(s, n, upper);
}

function exactTail(s: number, n: number, upper: boolean): number {
  const counts = exactCounts(n);
  let total = 0;
  let inTail = 0;
  counts.forEach((count, value) => {
    total += count;
    if (value >= s === upper) inTail += count;
  });
  return inTail / total;
}

const countsByN = new Map<number, Float64Array>();

/**
 * How many of the n! orderings give each value of S, built position by position over the set of
 * ranks already used (2ⁿ sets), which takes milliseconds for n ≤ 9 where listing all n! orderings
 * would take 362,880 passes.
 */
function exactCounts(n: number): Float64Array {
  const cached = countsByN.get(n);
  if (cached) return cached;
  const largest = (n * (n * n - 1)) / 3;
  let layer = new Map<number, Float64Array>([[0, oneAtZero(largest)]]);
  for (let position = 1; position <= n; position += 1) {
    const next = new Map<number, Float64Array>();
    for (const [used, counts] of layer) {
      for (let rank = 1; rank <= n; rank += 1) {
        const bit = 1 << (rank - 1);
        if (used & bit) continue;
        const squared = (position - rank) ** 2;
        const target = next.get(used | bit) ?? new Float64Array(largest + 1);
        next.set(used | bit, target);
        for (let value = 0; value + squared <= largest; value += 1) {
          target[value + squared] = (target[value + squared] ?? 0) + (counts[value] ?? 0);
        }
      }
    }
    layer = next;
  }
  const counts = layer.get((1 << n) - 1) ?? oneAtZero(largest);
  countsByN.set(n, counts);
  return counts;
}

function oneAtZero(largest: number): Float64Array {
  const counts = new Float64Array(largest + 1);
  counts[0] = 1;
  return counts;
}

/** AS 89's Edgeworth series coefficients (Best & Roberts 1975, p. 378). */
const C = [0.2274, 0.2531, 0.1745, 0.0758, 0.1033, 0.3932, 0.0879, 0.0151, 0.0072, 0.0831, 0.0131, 0.00046] as const;

function edgeworthTail(s: number, n: number, upper: boolean): number {
  const [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12] = C;
  const b = 1 / n;
  // −ρ·√(n − 1) for the value of ρ that S − 1 gives (a continuity correction of one step in S).
  const x = ((6 * (s - 1)) / (n * (n * n - 1)) - 1) * Math.sqrt(n - 1);
  const y = x * x;
  const u =
    x *
    b *
    (c1 +
      b * (c2 + c3 * b) +
      y * (-c4 + b * (c5 + c6 * b) - y * b * (c7 + c8 * b - y * (c9 - c10 * b + y * b * (c11 - c12 * y)))));
  const correction = u / Math.exp(y / 2);
  const p = upper ? correction + normalUpperTail(x) : -correction + normalUpperTail(-x);
  return Math.min(Math.max(p, 0), 1);
}
