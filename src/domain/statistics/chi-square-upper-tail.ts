import { regularizedGammaQ } from './regularized-gamma';

/**
 * P(X ≥ x) for X chi-square distributed with `df` degrees of freedom: Q(df/2, x/2), the
 * regularised upper incomplete gamma function (see `regularizedGammaQ` for the method).
 * x ≤ 0 gives 1. Throws a RangeError for df ≤ 0 or a NaN x.
 *
 * @example chiSquareUpperTail(5.991, 2) // ≈ 0.05
 */
export function chiSquareUpperTail(x: number, df: number): number {
  if (!Number.isFinite(df) || df <= 0) throw new RangeError(`Chi-square needs df > 0, got ${df}.`);
  if (Number.isNaN(x)) throw new RangeError('Chi-square needs a number, got NaN.');
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}
