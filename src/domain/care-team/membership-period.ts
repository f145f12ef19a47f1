/**
 * A care-team membership covers the half-open period [startsOn, endsOn): it is active from the
 * morning of `startsOn` until the end of the day before `endsOn`. Half-open periods let one
 * coordinator hand over to the next on the same date without the two overlapping.
 * Dates are ISO calendar dates (YYYY-MM-DD), compared as strings.
 */
export interface MembershipPeriod {
  startsOn: string;
  endsOn: string | null;
}

export function isActiveOn(period: MembershipPeriod, day: string): boolean {
  return period.startsOn <= day && (period.endsOn === null || day < period.endsOn);
}

/** True when the period shares at least one day with [from, to). */
export function overlaps(period: MembershipPeriod, from: string, to: string): boolean {
  return period.startsOn < to && (period.endsOn === null || period.endsOn > from);
}

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The date `months` calendar months before `day`, clamped to the month's last day. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return isoDate(target);
}

/** Whole days from `from` to `to` (both ISO dates or instants); negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  const msPerDay = 86_400_000;
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - start) / msPerDay);
}
