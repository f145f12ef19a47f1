import { useQuery } from '@tanstack/react-query';
import type { CarePlanResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { safetyPlanKeys } from '../keys';

/** A person's safety plan: the co-produced document of kind `safety_plan`, in the care plan's shape. */
export function useSafetyPlan(personId: string, isEnabled = true) {
  return useQuery({
    queryKey: safetyPlanKeys.plan(personId),
    queryFn: () => apiRequest<CarePlanResponse>('GET', `/people/${encodeURIComponent(personId)}/safety-plan`),
    enabled: isEnabled,
  });
}
