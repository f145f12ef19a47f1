import type { DistributionDto } from '../../../shared/api/analytics.responses';
import type { LinearScale } from './chart-scale';

/** Where a box plot's parts go along the value axis, in the chart's own units. */
export interface BoxPlotGeometry {
  /** Whiskers: from the lowest to the highest value. */
  whiskerStart: number;
  whiskerEnd: number;
  /** The box: the middle half of the values, from the first to the third quartile. */
  boxStart: number;
  boxWidth: number;
  median: number;
  mean: number | null;
}

/**
 * A Tukey-style box plot drawn from a five-number summary, with whiskers to the minimum and the
 * maximum (the API gives no outliers, only the summary). Null when the group has no values.
 */
export function boxPlotGeometry(distribution: DistributionDto, scale: LinearScale): BoxPlotGeometry | null {
  const { n, min, q1, median, q3, max, mean } = distribution;
  if (n === 0 || min === null || q1 === null || median === null || q3 === null || max === null) return null;
  const boxStart = scale(q1);
  return {
    whiskerStart: scale(min),
    whiskerEnd: scale(max),
    boxStart,
    boxWidth: Math.max(scale(q3) - boxStart, 0),
    median: scale(median),
    mean: mean === null ? null : scale(mean),
  };
}

/** The axis's end for a count measure: the largest maximum of the groups, at least 1. */
export function largestMaximum(distributions: readonly DistributionDto[]): number {
  return distributions.reduce((largest, d) => Math.max(largest, d.max ?? 0), 1);
}
