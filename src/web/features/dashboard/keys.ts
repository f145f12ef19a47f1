import { analyticsSearch, type AnalyticsFilters } from './analytics-search';

/** Cache keys for the dashboard's figures: one entry per set of filters, in their canonical order. */
export const dashboardKeys = {
  continuity: (filters: AnalyticsFilters) => ['analytics', 'continuity', analyticsSearch(filters)] as const,
  sites: (filters: AnalyticsFilters) =>
    ['analytics', 'sites', analyticsSearch({ from: filters.from, to: filters.to })] as const,
  service: (filters: AnalyticsFilters) => ['analytics', 'service', analyticsSearch(filters)] as const,
  relationship: (filters: AnalyticsFilters) => ['analytics', 'relationship', analyticsSearch(filters)] as const,
};
