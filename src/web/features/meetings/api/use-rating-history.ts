import { useQuery } from '@tanstack/react-query';
import type { RatingHistoryResponse } from '../../../../shared/api/meetings.responses';
import { apiRequest } from '../../../api-client/api-request';
import { meetingKeys } from '../keys';

/** The person's ratings across recent meetings, improvements first. */
export function useRatingHistory(personId: string) {
  return useQuery({
    queryKey: meetingKeys.ratings(personId),
    queryFn: () => apiRequest<RatingHistoryResponse>('GET', `/people/${encodeURIComponent(personId)}/meetings/ratings`),
  });
}
