import { checkFinite } from './check-finite';

/**
 * Pearson's product-moment correlation r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²), from
 * centred sums (two passes) to avoid the cancellation of the one-pass formula.
 * Edge cases: fewer than 2 pairs or zero variance in either variable → null (r is 0/0).
 * Throws a RangeError when the lengths differ or a value is not finite.
 */
export function pearsonCorrelation(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length)
    throw new RangeError(`Correlation needs pairs; got ${x.length} x and ${y.length} y values.`);
  checkFinite(x, 'x values');
  checkFinite(y, 'y values');
  if (x.length < 2) return null;
  const meanX = x.reduce((sum, value) => sum + value, 0) / x.length;
  const meanY = y.reduce((sum, value) => sum + value, 0) / y.length;
  let products = 0;
  let squaresX = 0;
  let squaresY = 0;
  x.forEach((xValue, index) => {
    const dx = xValue - meanX;
    const dy = (y[index] ?? 0) - meanY;
    products += dx * dy;
    squaresX += dx * dx;
    squaresY += dy * dy;
  });
  if (squaresX === 0 || squaresY === 0) return null;
  return Math.max(-1, Math.min(1, products / Math.sqrt(squaresX * squaresY)));
}
