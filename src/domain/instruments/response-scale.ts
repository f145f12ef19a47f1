import type { InstrumentItem, LikertScale, LineScale, ResponseScale } from './instrument-definition';

/** Tolerance for comparing decimals that went through floating-point arithmetic. */
const EPSILON = 1e-9;

/** Lowest and highest scored value of a scale; a yes/no scores no = 0 and yes = 1. */
export function scaleRange(scale: ResponseScale): { min: number; max: number } {
  return scale.kind === 'yes-no' ? { min: 0, max: 1 } : { min: scale.min, max: scale.max };
}

/** Every scored point of a Likert scale, lowest first. */
export function likertPoints(scale: LikertScale): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
}

/** Whether a value falls on one of a line's steps, e.g. 7.3 on a line read in tenths. */
export function isOnStep(scale: LineScale, value: number): boolean {
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/** Whether two decimals are equal once floating-point noise is ignored. */
export function isSameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < EPSILON;
}

/**
 * Rounds to six decimal places. Scores are sums of decimals such as 9.1 + 8.9, and without this a
 * total of 36 can arrive as 35.99999999999999 and wrongly fall below a "< 36" cut-off.
 */
export function tidyNumber(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** What a valid rating contributes to a score: reverse-keyed items count as (min + max − value). */
export function scoredValue(scale: ResponseScale, item: InstrumentItem, value: number | boolean): number {
  const raw = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  if (!item.reverseKeyed) return raw;
  const { min, max } = scaleRange(scale);
  return tidyNumber(min + max - raw);
}
