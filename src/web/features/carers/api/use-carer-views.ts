import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CarerViewBody } from '../../../../shared/api/carer-views.schema';
import type { CarerViewDto, CarerViewsResponse } from '../../../../shared/api/carer-views.responses';
import { apiRequest } from '../../../api-client/api-request';
import { useSubmissionKey } from '../../../hooks/use-submission-key';
import { carerKeys } from '../keys';

/** Carers' views of meetings, as the signed-in reader may see them. */
export function useCarerViews(personId: string) {
  return useQuery({
    queryKey: carerKeys.views(personId),
    queryFn: () => apiRequest<CarerViewsResponse>('GET', `/people/${encodeURIComponent(personId)}/carer-views`),
  });
}

/** A carer's view of one review they were at. */
export function useGiveCarerView(personId: string, reviewId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: CarerViewBody) =>
      apiRequest<CarerViewDto>(
        'POST',
        `/people/${encodeURIComponent(personId)}/reviews/${encodeURIComponent(reviewId)}/carer-view`,
        body,
        { idempotencyKey: submission.current() },
      ),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carerKeys.views(personId) }),
  });
}
