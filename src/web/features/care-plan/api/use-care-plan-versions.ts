import { useQuery } from '@tanstack/react-query';
import type { CarePlanComparisonResponse, CarePlanVersionsResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { useDocumentKind } from '../document-kind-context';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';

/** Every version of the plan, newest first. */
export function useCarePlanVersions(personId: string) {
  const kind = useDocumentKind();
  return useQuery({
    queryKey: carePlanKeys.versions(personId, kind),
    queryFn: () => apiRequest<CarePlanVersionsResponse>('GET', `${carePlanPath(personId, kind)}/versions`),
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
