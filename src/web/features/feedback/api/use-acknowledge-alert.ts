import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackAlertDto } from '../../../../shared/api/feedback.responses';
import { apiRequest } from '../../../api/api-request';
import { meetingQueryKeys } from '../../../api/meeting-query-keys';

/** The worker has seen an alert about their relationship with the person; refreshes the record and the caseload. */
export function useAcknowledgeAlert(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alertKey: string) =>
      apiRequest<FeedbackAlertDto>('POST', `/people/${encodeURIComponent(personId)}/feedback/alerts/acknowledgements`, { alertKey }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingQueryKeys.feedback(personId) });
      void queryClient.invalidateQueries({ queryKey: meetingQueryKeys.caseloadAlerts });
    },
  });
}
