import { AGGREGATE_MINIMUM_RESPONSES } from './feedback-visibility';

/** A mean the worker may see, and how many responses it covers. */
export interface AggregateMean {
  mean: number;
  count: number;
}

/**
 * The mean of aggregate-only scores as a worker may see it: over whole blocks of three (by
 * default), oldest first. A sliding mean would give one response away by difference (the mean of
 * four minus three quarters of the mean of three); with whole blocks, any two means the worker
 * ever sees differ by a block of at least three. Null until there are three.
 *
 * @example aggregateMean([4, 2, 3, 5]) // { mean: 3, count: 3 }: the fourth waits for two more
 */
export function aggregateMean(
  scoresInOrderGiven: readonly number[],
  blockSize = AGGREGATE_MINIMUM_RESPONSES,
): AggregateMean | null {
  const count = Math.floor(scoresInOrderGiven.length / blockSize) * blockSize;
  if (count === 0) return null;
  const total = scoresInOrderGiven.slice(0, count).reduce((sum, score) => sum + score, 0);
  return { mean: Math.round((total / count) * 100) / 100, count };
}
