import { checkFinite } from './check-finite';

/**
 * Sample quantile by Hyndman & Fan's definition 7 (the default of R and of NumPy): with the values
 * sorted ascending as x₁ … x_n and h = (n − 1)p, Q(p) = x_⌊h⌋₊₁ + (h − ⌊h⌋)(x_⌊h⌋₊₂ − x_⌊h⌋₊₁),
 * i.e. linear interpolation between order statistics, with Q(0) = min and Q(1) = max.
 * Source: Hyndman RJ, Fan Y. Sample quantiles in statistical packages. Am Stat 1996;50(4):361–365.
 *
 * Edge cases: no values → null; one value → that value. Throws a RangeError for p outside [0, 1]
 * or a non-finite value.
 */
export function quantile(values: readonly number[], probability: number): number | null {
  checkFinite(values, 'Values');
  return quantileOfSorted(
    [...values].sort((left, right) => left - right),
    probability,
  );
}

/** As {@link quantile}, for values already sorted ascending (so a summary sorts only once). */
export function quantileOfSorted(sortedValues: readonly number[], probability: number): number | null {
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`A quantile needs 0 ≤ p ≤ 1, got ${probability}.`);
  if (sortedValues.length === 0) return null;
  const position = (sortedValues.length - 1) * probability;
  const below = Math.floor(position);
  const lower = sortedValues[below] ?? 0;
  const upper = sortedValues[Math.min(below + 1, sortedValues.length - 1)] ?? lower;
  return lower + (position - below) * (upper - lower);
}
