import { useQuery } from '@tanstack/react-query';
import type { CarePlanComparisonResponse, CarePlanVersionsResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';

/** Every version of the plan, newest first. */
export function useCarePlanVersions(personId: string) {
  return useQuery({
    queryKey: carePlanKeys.versions(personId),
    queryFn: () => apiRequest<CarePlanVersionsResponse>('GET', `${carePlanPath(personId)}/versions`),
  });
}

/** Two versions compared word by word; waits until both are chosen. */
export function useCarePlanComparison(personId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: carePlanKeys.compare(personId, from ?? -1, to ?? -1),
    queryFn: () =>
      apiRequest<CarePlanComparisonResponse>('GET', `${carePlanPath(personId)}/compare?from=${from}&to=${to}`),
    enabled: from !== null && to !== null,
  });
}
