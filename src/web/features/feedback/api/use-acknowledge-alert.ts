import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackAlertDto } from '../../../../shared/api/feedback.responses';
import { apiRequest } from '../../../api-client/api-request';
import { caseloadKeys } from '../../caseload/keys';
import { feedbackKeys } from '../keys';

/** The worker has seen an alert about their relationship with the person; refreshes the record and the caseload. */
export function useAcknowledgeAlert(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alertKey: string) =>
      apiRequest<FeedbackAlertDto>('POST', `/people/${encodeURIComponent(personId)}/feedback/alerts/acknowledgements`, {
        alertKey,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.relationship(personId) });
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.alerts });
    },
  });
}
