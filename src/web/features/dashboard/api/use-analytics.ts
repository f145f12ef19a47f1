import { useQuery } from '@tanstack/react-query';
import type {
  ContinuityDashboardResponse,
  PersonContinuityResponse,
  RelationshipFiguresResponse,
  ServiceFiguresResponse,
  SiteComparisonResponse,
} from '../../../../shared/api/analytics.responses';
import { apiRequest } from '../../../api-client/api-request';

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

export const analyticsKeys = {
  continuity: (filters: AnalyticsFilters) => ['analytics', 'continuity', analyticsSearch(filters)] as const,
  sites: (filters: AnalyticsFilters) => ['analytics', 'sites', analyticsSearch({ from: filters.from, to: filters.to })] as const,
  service: (filters: AnalyticsFilters) => ['analytics', 'service', analyticsSearch(filters)] as const,
  relationship: (filters: AnalyticsFilters) => ['analytics', 'relationship', analyticsSearch(filters)] as const,
  person: (personId: string) => ['people', personId, 'continuity'] as const,
};

/** Continuity distributions for a team (by care coordinator) and the teams it is compared with. */
export function useContinuityDashboard(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: analyticsKeys.continuity(filters),
    queryFn: () => apiRequest<ContinuityDashboardResponse>('GET', `/analytics/continuity${analyticsSearch(filters)}`),
  });
}

/** Every site's continuity, with a rank test per measure; only the period applies. */
export function useSiteComparison(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: analyticsKeys.sites(filters),
    queryFn: () => apiRequest<SiteComparisonResponse>('GET', `/analytics/continuity/sites${analyticsSearch({ from: filters.from, to: filters.to })}`),
  });
}

/** Reviews held in time, contact and admin time, caseloads and contacts beyond routine. */
export function useServiceFigures(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: analyticsKeys.service(filters),
    queryFn: () => apiRequest<ServiceFiguresResponse>('GET', `/analytics/service-figures${analyticsSearch(filters)}`),
  });
}

/** Relationship feedback and quality of life by team and site, with the tests across sites. */
export function useRelationshipFigures(filters: AnalyticsFilters) {
  return useQuery({
    queryKey: analyticsKeys.relationship(filters),
    queryFn: () => apiRequest<RelationshipFiguresResponse>('GET', `/analytics/relationship${analyticsSearch(filters)}`),
  });
}

/** A person's own continuity of care, in plain words. */
export function usePersonContinuity(personId: string) {
  return useQuery({
    queryKey: analyticsKeys.person(personId),
    queryFn: () => apiRequest<PersonContinuityResponse>('GET', `/people/${encodeURIComponent(personId)}/continuity`),
    enabled: personId !== '',
  });
}
