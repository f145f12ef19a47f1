import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonFeedbackBody, WorkerFeedbackBody } from '../../../../shared/api/feedback.schema';
import type { FeedbackReceiptDto } from '../../../../shared/api/feedback.responses';
import { apiRequest } from '../../../api-client/api-request';
import { caseloadKeys } from '../../caseload/keys';
import { feedbackKeys } from '../keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

/** What each side of the relationship sends about a meeting. */
interface FeedbackBodies {
  person: PersonFeedbackBody;
  worker: WorkerFeedbackBody;
}

/**
 * One side's feedback on one meeting: the person's, or the worker's own view of a meeting they were
 * at. Refreshes the trend, invitations and alerts.
 *
 * @example
 * const give = useGiveFeedback('person', personId, meetingId);
 */
export function useGiveFeedback<Side extends keyof FeedbackBodies>(side: Side, personId: string, meetingId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: FeedbackBodies[Side]) =>
      apiRequest<FeedbackReceiptDto>(
        'POST',
        `/people/${encodeURIComponent(personId)}/meetings/${encodeURIComponent(meetingId)}/feedback/${side}`,
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
