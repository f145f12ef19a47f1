import { CONTINUITY_MEASURES, type ContinuityMeasure } from '../../domain/figures/continuity-measures';
import { summarizeDistribution, type DistributionSummary } from '../../domain/statistics';

export { CONTINUITY_MEASURES, type ContinuityMeasure };
import type { PersonContinuityFigures } from './ports';

/** A group of people's continuity: how many, and the distribution of each measure. */
export interface ContinuityGroupSummary {
  people: number;
  peopleWithContacts: number;
  measures: Record<ContinuityMeasure, DistributionSummary>;
}

/**
 * Summarises each measure over a group of people with `summarizeDistribution`, not only the mean:
 * continuity indices are skewed and bounded, so the median and quartiles say more. An index a
 * person has no value for (too few contacts, or no care coordinator) is left out of that index,
 * and its `n` says how many people it describes.
 */
export function summarizeContinuity(people: readonly PersonContinuityFigures[]): ContinuityGroupSummary {
  const measures = Object.fromEntries(
    CONTINUITY_MEASURES.map((measure) => [measure, summarizeDistribution(valuesOf(people, measure))]),
  ) as Record<ContinuityMeasure, DistributionSummary>;
  return { people: people.length, peopleWithContacts: people.filter((p) => p.contacts > 0).length, measures };
}

/** The non-null values of one measure across people. */
export function valuesOf(people: readonly PersonContinuityFigures[], measure: ContinuityMeasure): number[] {
  const values: number[] = [];
  for (const person of people) {
    const value = person[measure];
    if (value !== null) values.push(value);
  }
  return values;
}

/** Items grouped by a key, keys in the order first seen; items whose key is undefined are dropped. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
