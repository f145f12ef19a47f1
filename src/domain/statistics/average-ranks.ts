import { checkFinite } from './check-finite';

/**
 * Ranks from 1 (smallest) to n, in the input's order; tied values share the mean of the ranks they
 * span (e.g. 10, 20, 20, 30 → 1, 2.5, 2.5, 4), the convention of Kruskal & Wallis (1952) and of
 * Spearman's coefficient with ties. Throws a RangeError for a non-finite value.
 */
export function averageRanks(values: readonly number[]): number[] {
  checkFinite(values, 'Values to rank');
  const order = values.map((_, index) => index).sort((left, right) => (values[left] ?? 0) - (values[right] ?? 0));
  const ranks = new Array<number>(values.length);
  for (const { start, end } of tieRuns(order.map((index) => values[index] ?? 0))) {
    const rank = (start + 1 + end) / 2; // mean of the ranks start + 1 … end
    for (let position = start; position < end; position += 1) ranks[order[position] ?? 0] = rank;
  }
  return ranks;
}

/** Sizes of the groups of tied values (only groups of 2 or more; a lone value is no tie). */
export function tieGroupSizes(values: readonly number[]): number[] {
  checkFinite(values, 'Values to rank');
  const sorted = [...values].sort((left, right) => left - right);
  return tieRuns(sorted)
    .map(({ start, end }) => end - start)
    .filter((size) => size > 1);
}

/** Runs [start, end) of equal values in an ascending array. */
function tieRuns(sorted: readonly number[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  for (let index = 1; index <= sorted.length; index += 1) {
    if (index === sorted.length || sorted[index] !== sorted[start]) {
      runs.push({ start, end: index });
      start = index;
    }
  }
  return sorted.length === 0 ? [] : runs;
}
