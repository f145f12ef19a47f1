import { regularizedBeta } from './regularized-beta';

/**
 * Two-sided p-value P(|T| ≥ |t|) for Student's t with `df` degrees of freedom, from the identity
 * P(|T| ≥ |t|) = I_{df/(df + t²)}(df/2, 1/2) (Abramowitz M, Stegun IA, Handbook of Mathematical
 * Functions, 1964, ch. 26), with I the regularised incomplete beta function (see `regularizedBeta`).
 * |t| = ∞ gives 0. Throws a RangeError for df ≤ 0 or a NaN t.
 *
 * @example studentTTwoSidedP(2.306, 8) // ≈ 0.05
 */
export function studentTTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(df) || df <= 0) throw new RangeError(`Student's t needs df > 0, got ${df}.`);
  if (Number.isNaN(t)) throw new RangeError("Student's t needs a number, got NaN.");
  if (!Number.isFinite(t)) return 0;
  return regularizedBeta(df / (df + t * t), df / 2, 0.5);
}
