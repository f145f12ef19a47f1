/** A period of whole days, both included, as the analytics API takes it (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in UTC, the calendar the analytics API counts days in. */
export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The same day `months` months earlier, or the month's last day when it is shorter, as the API
 * counts "the last 12 months" (31 May less 3 months is 28 or 29 February).
 */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The last `months` months up to and including `today`, as the API's default period is made. */
export function lastMonths(months: number, today: string): Period {
  return { from: monthsBefore(today, months), to: today };
}

/** The quick choices offered beside the dates. */
export const QUICK_PERIODS = [3, 6, 12] as const;
