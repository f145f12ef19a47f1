import { useQuery } from '@tanstack/react-query';
import type { CarePlanResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';

/** A person's care plan as it reads now, with what the viewer may do with it. */
export function useCarePlan(personId: string) {
  return useQuery({
    queryKey: carePlanKeys.plan(personId),
    queryFn: () => apiRequest<CarePlanResponse>('GET', carePlanPath(personId)),
    enabled: personId !== '',
  });
}
