import { isoDate, monthsBefore } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import type { AnalyticsWindow } from './ports';

/** Longest period one request may cover, so one request cannot ask for the whole history of a large service at once. */
export const MAX_WINDOW_YEARS = 5;

/**
 * The period a request asks for, both days included. Without `to`, it ends today (UTC); without
 * `from`, it starts 12 months before `to`, as the "last 12 months" of a person's record do
 * (ADR 0005). Refuses a period that ends before it starts, or one longer than MAX_WINDOW_YEARS.
 */
export function resolveWindow(input: { from?: string; to?: string }, now: Date): AnalyticsWindow {
  const to = input.to ?? isoDate(now);
  const from = input.from ?? monthsBefore(to, 12);
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isIsoDate(value))
      throw new AppError('bad_request', `${field} must be a date in the form YYYY-MM-DD, such as 2025-06-30.`, {
        field,
      });
  }
  if (from > to)
    throw new AppError('bad_request', `The period starts (${from}) after it ends (${to}).`, { field: 'from' });
  if (from < monthsBefore(to, 12 * MAX_WINDOW_YEARS)) {
    throw new AppError('bad_request', `A period can be at most ${MAX_WINDOW_YEARS} years long.`, { field: 'from' });
  }
  return { from, to };
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDate(date) === text;
}

/** Whole months the window covers, for wording such as "in the last 12 months". */
export function windowMonths(window: AnalyticsWindow): number {
  let months = 0;
  while (months < 12 * MAX_WINDOW_YEARS && monthsBefore(window.to, months + 1) >= window.from) months += 1;
  return months;
}
