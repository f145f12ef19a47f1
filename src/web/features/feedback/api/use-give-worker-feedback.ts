import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkerFeedbackBody } from '../../../../shared/api/feedback.schema';
import type { FeedbackReceiptDto } from '../../../../shared/api/feedback.responses';
import { apiRequest } from '../../../api-client/api-request';
import { caseloadKeys } from '../../caseload/keys';
import { feedbackKeys } from '../keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

/** The worker's own view of one meeting they were at; refreshes the trend, invitations and alerts. */
export function useGiveWorkerFeedback(personId: string, meetingId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: WorkerFeedbackBody) =>
      apiRequest<FeedbackReceiptDto>(
        'POST',
        `/people/${encodeURIComponent(personId)}/meetings/${encodeURIComponent(meetingId)}/feedback/worker`,
        body,
        { idempotencyKey: submission.current() },
      ),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.relationship(personId) });
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.alerts });
    },
  });
}
