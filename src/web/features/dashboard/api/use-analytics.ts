import { useQuery } from '@tanstack/react-query';
import type {
  ContinuityDashboardResponse,
  RelationshipFiguresResponse,
  ServiceFiguresResponse,
  SiteComparisonResponse,
} from '../../../../shared/api/analytics.responses';
import { apiRequest } from '../../../api-client/api-request';
import { analyticsSearch, type AnalyticsFilters } from '../analytics-search';
import { dashboardKeys } from '../keys';

/** Continuity distributions for a team (by care coordinator) and the teams it is compared with. */
export function useContinuityDashboard(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: dashboardKeys.continuity(filters),
    queryFn: () => apiRequest<ContinuityDashboardResponse>('GET', `/analytics/continuity${analyticsSearch(filters)}`),
  });
}

/** Every site's continuity, with a rank test per measure; only the period applies. */
export function useSiteComparison(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: dashboardKeys.sites(filters),
    queryFn: () =>
      apiRequest<SiteComparisonResponse>(
        'GET',
        `/analytics/continuity/sites${analyticsSearch({ from: filters.from, to: filters.to })}`,
      ),
  });
}

/** Reviews held in time, contact and admin time, caseloads and contacts beyond routine. */
export function useServiceFigures(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: dashboardKeys.service(filters),
    queryFn: () => apiRequest<ServiceFiguresResponse>('GET', `/analytics/service-figures${analyticsSearch(filters)}`),
  });
}

/** Relationship feedback and quality of life by team and site, with the tests across sites. */
export function useRelationshipFigures(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: dashboardKeys.relationship(filters),
    queryFn: () => apiRequest<RelationshipFiguresResponse>('GET', `/analytics/relationship${analyticsSearch(filters)}`),
  });
}
