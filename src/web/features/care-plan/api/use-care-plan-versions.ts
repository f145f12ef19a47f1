import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { CarePlanComparisonResponse, CarePlanVersionsResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { useDocumentKind } from '../document-kind-context';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';

/** Versions asked for at a time; a full page means there may be older ones. */
export const VERSIONS_PAGE_SIZE = 50;

/** The plan's versions, newest first, a page at a time: each page starts below the oldest one shown. */
export function useCarePlanVersions(personId: string) {
  const kind = useDocumentKind();
  return useInfiniteQuery({
    queryKey: carePlanKeys.versions(personId, kind),
    queryFn: ({ pageParam }) =>
      apiRequest<CarePlanVersionsResponse>(
        'GET',
        `${carePlanPath(personId, kind)}/versions?limit=${VERSIONS_PAGE_SIZE}${pageParam === null ? '' : `&beforeVersion=${pageParam}`}`,
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => {
      const last = lastPage.versions.at(-1);
      return lastPage.versions.length >= VERSIONS_PAGE_SIZE && last ? last.version : null;
    },
  });
}

/** Two versions compared word by word; waits until both are chosen. */
export function useCarePlanComparison(personId: string, from: number | null, to: number | null) {
  const kind = useDocumentKind();
  return useQuery({
    queryKey: carePlanKeys.compare(personId, from ?? -1, to ?? -1, kind),
    queryFn: () =>
      apiRequest<CarePlanComparisonResponse>('GET', `${carePlanPath(personId, kind)}/compare?from=${from}&to=${to}`),
    enabled: from !== null && to !== null,
  });
}
