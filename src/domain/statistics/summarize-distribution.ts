import { checkFinite } from './check-finite';
import { quantileOfSorted } from './quantile';

/** Count, centre and spread of a set of values; every statistic but n is null for no values. */
export interface DistributionSummary {
  n: number;
  mean: number | null;
  median: number | null;
  /** First quartile, Hyndman & Fan definition 7 (see `quantile`). */
  q1: number | null;
  /** Third quartile, Hyndman & Fan definition 7. */
  q3: number | null;
  min: number | null;
  max: number | null;
}

/**
 * n, mean, median, quartiles, minimum and maximum. Quartiles and median use Hyndman & Fan's
 * definition 7 (R's default), so they match what a researcher gets from R's `quantile()`.
 * Throws a RangeError for a non-finite value.
 *
 * @example summarizeDistribution([1, 2, 3, 4]) // { n: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25, min: 1, max: 4 }
 */
export function summarizeDistribution(values: readonly number[]): DistributionSummary {
  checkFinite(values, 'Values');
  if (values.length === 0) return { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null };
  const sorted = [...values].sort((left, right) => left - right);
  return {
    n: sorted.length,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    median: quantileOfSorted(sorted, 0.5),
    q1: quantileOfSorted(sorted, 0.25),
    q3: quantileOfSorted(sorted, 0.75),
    min: sorted[0] ?? null,
    max: sorted[sorted.length - 1] ?? null,
  };
}
