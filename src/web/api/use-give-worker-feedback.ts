import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkerFeedbackBody } from '../../shared/api/feedback.schema';
import type { FeedbackReceiptDto } from '../../shared/api/feedback.responses';
import { useSubmissionKey } from '../hooks/use-submission-key';
import { apiRequest } from './api-request';
import { meetingQueryKeys } from './meeting-query-keys';

/** The worker's own view of one meeting they were at; refreshes the trend, invitations and alerts. */
export function useGiveWorkerFeedback(personId: string, meetingId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: WorkerFeedbackBody) =>
      apiRequest<FeedbackReceiptDto>(
        'POST',
        `/people/${encodeURIComponent(personId)}/meetings/${encodeURIComponent(meetingId)}/feedback/worker`,
        body, { idempotencyKey: submission.current() }
      ),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingQueryKeys.feedback(personId) });
      void queryClient.invalidateQueries({ queryKey: meetingQueryKeys.caseloadAlerts });
    },
  });
}
