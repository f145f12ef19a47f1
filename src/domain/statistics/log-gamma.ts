/** Lanczos coefficients for g = 7, n = 9 (Godfrey's set), good to about 15 significant digits. */
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0, by the Lanczos approximation (Lanczos C, J SIAM Numer Anal 1964;1:86–96;
 * Press WH et al., Numerical Recipes, 3rd ed., 2007, §6.1). Below 0.5 the reflection formula
 * Γ(x)Γ(1 − x) = π / sin(πx) keeps the approximation in the range where it is accurate.
 * Throws a RangeError for x ≤ 0 or a non-finite x: the statistics here never need those.
 */
export function logGamma(x: number): number {
  if (!Number.isFinite(x) || x <= 0) throw new RangeError(`logGamma needs a finite positive argument, got ${x}.`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let index = 1; index < LANCZOS_COEFFICIENTS.length; index += 1) {
    series += (LANCZOS_COEFFICIENTS[index] ?? 0) / (shifted + index);
  }
  const base = shifted + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(base) - base + Math.log(series);
}
