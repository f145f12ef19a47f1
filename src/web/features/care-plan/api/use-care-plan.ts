import { useQuery } from '@tanstack/react-query';
import type { CarePlanResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { useDocumentKind } from '../document-kind-context';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';

/** A person's care plan as it reads now, with what the viewer may do with it. */
export function useCarePlan(personId: string) {
  const kind = useDocumentKind();
  return useQuery({
    queryKey: carePlanKeys.plan(personId, kind),
    queryFn: () => apiRequest<CarePlanResponse>('GET', carePlanPath(personId, kind)),
    enabled: personId !== '',
  });
}
