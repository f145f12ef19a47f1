import { averageRanks, tieGroupSizes } from './average-ranks';
import { pearsonCorrelation } from './pearson-correlation';
import { LARGEST_EXACTLY_ENUMERATED_N, spearmanNullTail } from './spearman-null-distribution';
import { studentTTwoSidedP } from './student-t-two-sided';

/**
 * How the p-value was found: the exact null distribution (up to 9 pairs), AS 89's Edgeworth series
 * (10 to 1,289 pairs), both without ties; or Student's t (ties, 1,290 pairs or more, or asked for).
 */
export type SpearmanPMethod = 'exact' | 'edgeworth' | 't-approximation';

/** Below this many pairs, and without ties, R's `cor.test` uses AS 89 by default; so do we. */
export const SPEARMAN_AS89_LIMIT = 1290;

export interface SpearmanResult {
  /** Number of pairs. */
  n: number;
  /** Spearman's rho; null when undefined. */
  rho: number | null;
  /** S = (n³ − n)(1 − rho)/6, the sum of squared rank differences (R's statistic); null with rho. */
  s: number | null;
  /** t = rho·√((n − 2)/(1 − rho²)); ±Infinity when |rho| = 1; null with rho. */
  t: number | null;
  /** n − 2. */
  df: number;
  /** Two-sided p-value, found by `method`; null with rho. */
  p: number | null;
  /** How p was found; null with p. */
  method: SpearmanPMethod | null;
}

export interface SpearmanOptions {
  /**
   * Whether to use AS 89 (exact distribution or its Edgeworth series) rather than Student's t.
   * Default, as R's `cor.test`: when there are fewer than 1,290 pairs. Ties always use Student's t.
   */
  exact?: boolean;
}

/**
 * Spearman's rank correlation: the Pearson correlation of the average ranks of x and of y, which
 * stays correct with ties (the 1 − 6Σd²/(n(n² − 1)) shortcut does not).
 * Source: Spearman C. The proof and measurement of association between two things.
 * Am J Psychol 1904;15(1):72–101.
 *
 * The two-sided p-value follows R's `cor.test(method = "spearman")` (R Core Team, stats package):
 * without ties and with fewer than 1,290 pairs, p = min(1, 2·P) with P the tail of the null
 * distribution of S on the side of the observed S (algorithm AS 89, see `spearmanNullTail`);
 * otherwise t = rho·√((n − 2)/(1 − rho²)) with n − 2 degrees of freedom (Press WH et al.,
 * Numerical Recipes, 3rd ed., 2007, §14.6). `method` says which was used.
 *
 * Edge cases: n < 3 → rho and p null (with 2 pairs rho is always ±1 and there are no df);
 * no variation in x or in y → null (rho is 0/0); |rho| = 1 → t = ±∞ (and p = 0 by Student's t).
 * Throws a RangeError when the lengths differ or a value is not finite.
 */
export function spearmanCorrelation(
  x: readonly number[],
  y: readonly number[],
  options: SpearmanOptions = {},
): SpearmanResult {
  if (x.length !== y.length)
    throw new RangeError(`Correlation needs pairs; got ${x.length} x and ${y.length} y values.`);
  const n = x.length;
  const df = Math.max(n - 2, 0);
  const rho = pearsonCorrelation(averageRanks(x), averageRanks(y));
  if (n < 3 || rho === null) return { n, rho: null, s: null, t: null, df, p: null, method: null };
  const s = ((n ** 3 - n) * (1 - rho)) / 6;
  const t = Math.abs(rho) === 1 ? rho * Infinity : rho * Math.sqrt(df / (1 - rho * rho));
  const hasTies = tieGroupSizes(x).length > 0 || tieGroupSizes(y).length > 0;
  if ((options.exact ?? n < SPEARMAN_AS89_LIMIT) && !hasTies) {
    return {
      n,
      rho,
      s,
      t,
      df,
      p: as89TwoSidedP(s, n),
      method: n <= LARGEST_EXACTLY_ENUMERATED_N ? 'exact' : 'edgeworth',
    };
  }
  return { n, rho, s, t, df, p: studentTTwoSidedP(t, df), method: 't-approximation' };
}

/**
 * Twice the tail on the observed side, capped at 1. S takes only even values, so P[S ≤ q] is
 * asked as P[S < q + 2] (as R does); S is rounded because rho comes from floating-point ranks.
 */
function as89TwoSidedP(s: number, n: number): number {
  const q = Math.round(s);
  const tail = s > (n ** 3 - n) / 6 ? spearmanNullTail(q, n, 'upper') : spearmanNullTail(q + 2, n, 'lower');
  return Math.min(2 * tail, 1);
}
