import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PositiveRiskPlanReviewBody } from '../../../../shared/api/risk.schema';
import type { PositiveRiskPlanReviewResponse } from '../../../../shared/api/risk.responses';
import { apiRequest } from '../../../api-client/api-request';
import { riskKeys } from '../keys';

const reviewPath = (personId: string) => `/people/${encodeURIComponent(personId)}/positive-risk-plan/review`;

/** When the positive risk-taking plan will be looked at again. */
export function usePositiveRiskPlanReview(personId: string) {
  return useQuery({
    queryKey: riskKeys.planReview(personId),
    queryFn: () => apiRequest<PositiveRiskPlanReviewResponse>('GET', reviewPath(personId)),
    enabled: personId !== '',
  });
}

/** Sets the review date; a 409 (someone changed it meanwhile) refreshes it so the current date shows. */
export function useSetPositiveRiskPlanReview(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PositiveRiskPlanReviewBody) =>
      apiRequest<PositiveRiskPlanReviewResponse>('PUT', reviewPath(personId), body),
    onSuccess: (review) => queryClient.setQueryData(riskKeys.planReview(personId), review),
    onError: () => queryClient.invalidateQueries({ queryKey: riskKeys.planReview(personId) }),
  });
}
