import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SafetyPlanAgreementResponse } from '../../../../shared/api/safety-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { safetyPlanKeys } from '../keys';

const agreementPath = (personId: string) => `/people/${encodeURIComponent(personId)}/safety-plan/agreement`;
const agreementKey = (personId: string) => [...safetyPlanKeys.plan(personId), 'agreement'] as const;

/** Whether the person wants their care team to agree each version of their safety plan. */
export function useSafetyPlanAgreement(personId: string) {
  return useQuery({
    queryKey: agreementKey(personId),
    queryFn: () => apiRequest<SafetyPlanAgreementResponse>('GET', agreementPath(personId)),
  });
}

/** The person's choice; only they can make it. */
export function useChooseSafetyPlanAgreement(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (teamMustAgree: boolean) =>
      apiRequest<SafetyPlanAgreementResponse>('PUT', agreementPath(personId), { teamMustAgree }),
    onSuccess: (answer) => queryClient.setQueryData(agreementKey(personId), answer),
  });
}
