import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackPreferenceBody } from '../../../../shared/api/feedback.schema';
import type { FeedbackPreferenceResponse } from '../../../../shared/api/feedback.responses';
import { apiRequest } from '../../../api-client/api-request';
import { feedbackKeys } from '../keys';

/** Saves who sees the person's feedback answers by default. */
export function useFeedbackPreference(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackPreferenceBody) =>
      apiRequest<FeedbackPreferenceResponse>(
        'PUT',
        `/people/${encodeURIComponent(personId)}/feedback/preference`,
        body,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.relationship(personId) }),
  });
}
