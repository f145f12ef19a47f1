import { regularizedGammaQ } from './regularized-gamma';

/**
 * Upper tail P(Z > z) of the standard normal distribution, from the identity
 * P(Z > z) = ½·Q(½, z²/2) for z ≥ 0 (Abramowitz M, Stegun IA, Handbook of Mathematical Functions,
 * 1964, 7.1.2 and 6.5.17), with Q the regularised upper incomplete gamma function; for z < 0 the
 * symmetric 1 − P(Z > −z). Keeps full relative precision far into the upper tail.
 *
 * @example normalUpperTail(1.959964) // ≈ 0.025
 */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('The normal distribution needs a number, got NaN.');
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  const half = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? half : 1 - half;
}
