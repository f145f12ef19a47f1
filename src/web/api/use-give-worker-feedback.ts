import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkerFeedbackBody } from '../../shared/api/feedback.schema';
import type { FeedbackReceiptDto } from '../../shared/api/feedback.responses';
import { apiRequest } from './api-request';
import { meetingQueryKeys } from './meeting-query-keys';

/** The worker's own view of one meeting they were at; refreshes the trend, invitations and alerts. */
export function useGiveWorkerFeedback(personId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkerFeedbackBody) =>
      apiRequest<FeedbackReceiptDto>(
        'POST',
        `/people/${encodeURIComponent(personId)}/meetings/${encodeURIComponent(meetingId)}/feedback/worker`,
        body,
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingQueryKeys.feedback(personId) });
      void queryClient.invalidateQueries({ queryKey: meetingQueryKeys.caseloadAlerts });
    },
  });
}
