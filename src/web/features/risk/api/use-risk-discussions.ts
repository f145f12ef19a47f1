import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecordRiskDiscussionBody } from '../../../../shared/api/risk.schema';
import type { RiskDiscussionDto, RiskDiscussionsResponse } from '../../../../shared/api/risk.responses';
import { apiRequest } from '../../../api-client/api-request';
import { useSubmissionKey } from '../../../hooks/use-submission-key';
import { carePlanKeys } from '../../care-plan/keys';
import { riskKeys } from '../keys';

const discussionsPath = (personId: string) => `/people/${encodeURIComponent(personId)}/risk-formulation/discussions`;

/** When and how the formulation was discussed with the person, newest first. */
export function useRiskDiscussions(personId: string) {
  return useQuery({
    queryKey: riskKeys.discussions(personId),
    queryFn: () => apiRequest<RiskDiscussionsResponse>('GET', discussionsPath(personId)),
    enabled: personId !== '',
  });
}

/** Records a discussion; the formulation is refreshed too, since it may now be agreed. */
export function useRecordRiskDiscussion(personId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: RecordRiskDiscussionBody) =>
      apiRequest<RiskDiscussionDto>('POST', discussionsPath(personId), body, {
        idempotencyKey: submission.current(),
      }),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: riskKeys.discussions(personId) });
      await queryClient.invalidateQueries({ queryKey: carePlanKeys.all(personId, 'risk_formulation') });
    },
  });
}
