/** What a dashboard shows: a team, a site (administrators choose; managers get their own) and a period. */
export interface AnalyticsFilters {
  teamId?: string;
  siteId?: string;
  from?: string;
  to?: string;
}

const FILTER_ORDER = ['teamId', 'siteId', 'from', 'to'] as const;

/**
 * The query string for a set of filters, empty ones left out, always in the same order so that
 * the same filters share one cache entry and one address.
 *
 * @example analyticsSearch({ from: '2026-01-01', teamId: 't1' }) // '?teamId=t1&from=2026-01-01'
 */
export function analyticsSearch(filters: AnalyticsFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_ORDER) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
