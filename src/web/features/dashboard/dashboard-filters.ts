import type { AnalyticsFilters } from './analytics-search';

const KEYS = ['teamId', 'siteId', 'from', 'to'] as const;

/** The dashboard's filters from the address bar, so a reload or a shared link shows the same figures. */
export function filtersFromSearch(params: URLSearchParams): AnalyticsFilters {
  const filters: AnalyticsFilters = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** A problem with a chosen period, in words, or null when it is fine. */
export function periodProblem(from: string, to: string, isDate: (text: string) => boolean): string | null {
  if (!isDate(from)) return 'Enter the first day of the period as a date.';
  if (!isDate(to)) return 'Enter the last day of the period as a date.';
  if (from > to) return 'The period must start on or before the day it ends.';
  return null;
}
