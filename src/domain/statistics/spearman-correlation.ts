import { averageRanks } from './average-ranks';
import { pearsonCorrelation } from './pearson-correlation';
import { studentTTwoSidedP } from './student-t-two-sided';

export interface SpearmanResult {
  /** Number of pairs. */
  n: number;
  /** Spearman's rho; null when undefined. */
  rho: number | null;
  /** t = rho·√((n − 2)/(1 − rho²)); ±Infinity when |rho| = 1; null with rho. */
  t: number | null;
  /** n − 2. */
  df: number;
  /** Two-sided p-value from Student's t with n − 2 df; null with rho. */
  p: number | null;
}

/**
 * Spearman's rank correlation: the Pearson correlation of the average ranks of x and of y, which
 * stays correct with ties (the 1 − 6Σd²/(n(n² − 1)) shortcut does not).
 * Source: Spearman C. The proof and measurement of association between two things.
 * Am J Psychol 1904;15(1):72–101.
 * The two-sided p-value uses the approximation t = rho·√((n − 2)/(1 − rho²)) with n − 2 degrees of
 * freedom (Press WH et al., Numerical Recipes, 3rd ed., 2007, §14.6), not an exact permutation
 * distribution; it is usable with ties and for n of about 10 or more.
 *
 * Edge cases: n < 3 → rho and p null (with 2 pairs rho is always ±1 and there are no df);
 * no variation in x or in y → null (rho is 0/0); |rho| = 1 → t = ±∞ and p = 0.
 * Throws a RangeError when the lengths differ or a value is not finite.
 */
export function spearmanCorrelation(x: readonly number[], y: readonly number[]): SpearmanResult {
  if (x.length !== y.length) throw new RangeError(`Correlation needs pairs; got ${x.length} x and ${y.length} y values.`);
  const n = x.length;
  const df = Math.max(n - 2, 0);
  const rho = pearsonCorrelation(averageRanks(x), averageRanks(y));
  if (n < 3 || rho === null) return { n, rho: null, t: null, df, p: null };
  if (Math.abs(rho) === 1) return { n, rho, t: rho * Infinity, df, p: 0 };
  const t = rho * Math.sqrt(df / (1 - rho * rho));
  return { n, rho, t, df, p: studentTTwoSidedP(t, df) };
}
