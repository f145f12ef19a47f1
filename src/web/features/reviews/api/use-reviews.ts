import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  HoldReviewResponse,
  ReviewChoicesResponse,
  ReviewsResponse,
} from '../../../../shared/api/reviews.responses';
import type { HoldReviewBody } from '../../../../shared/api/reviews.schema';
import { apiRequest } from '../../../api-client/api-request';
import { carePlanKeys } from '../../care-plan/keys';
import { caseloadKeys } from '../../caseload/keys';
import { personKeys } from '../../person/keys';
import { reviewKeys } from '../keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

const reviewsPath = (personId: string) => `/people/${encodeURIComponent(personId)}/reviews`;

/** A person's reviews, the next one due first, with what each held review recorded. */
export function useReviews(personId: string) {
  return useQuery({
    queryKey: reviewKeys.list(personId),
    queryFn: () => apiRequest<ReviewsResponse>('GET', reviewsPath(personId)),
    enabled: personId !== '',
  });
}

/** Who the review form offers as attendees; only the person's care team may ask. */
export function useReviewChoices(personId: string, isEnabled = true) {
  return useQuery({
    queryKey: reviewKeys.choices(personId),
    queryFn: () => apiRequest<ReviewChoicesResponse>('GET', `${reviewsPath(personId)}/choices`),
    enabled: isEnabled && personId !== '',
  });
}

/** Records a review as held; the list, the plan's next review date, the record and caseloads then refresh. */
export function useHoldReview(personId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: HoldReviewBody) =>
      apiRequest<HoldReviewResponse>('POST', `${reviewsPath(personId)}/hold`, body, {
        idempotencyKey: submission.current(),
      }),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reviewKeys.list(personId) });
      void queryClient.invalidateQueries({ queryKey: carePlanKeys.plan(personId) });
      void queryClient.invalidateQueries({ queryKey: personKeys.record(personId), exact: true });
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.all });
    },
  });
}
