import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonFeedbackBody } from '../../../../shared/api/feedback.schema';
import type { FeedbackReceiptDto } from '../../../../shared/api/feedback.responses';
import { apiRequest } from '../../../api-client/api-request';
import { caseloadKeys } from '../../caseload/keys';
import { feedbackKeys } from '../keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

/** The person's feedback on one meeting; refreshes invitations, trend and alerts. */
export function useGivePersonFeedback(personId: string, meetingId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: PersonFeedbackBody) =>
      apiRequest<FeedbackReceiptDto>(
        'POST',
        `/people/${encodeURIComponent(personId)}/meetings/${encodeURIComponent(meetingId)}/feedback/person`,
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
