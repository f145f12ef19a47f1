import { useQuery } from '@tanstack/react-query';
import type { MeetingOpeningResponse } from '../../../../shared/api/meetings.responses';
import { apiRequest } from '../../../api-client/api-request';
import { meetingKeys } from '../keys';

/** What the next meeting opens with: the areas to rate and the actions agreed last time. */
export function useMeetingOpening(personId: string) {
  return useQuery({
    queryKey: meetingKeys.opening(personId),
    queryFn: () =>
      apiRequest<MeetingOpeningResponse>('GET', `/people/${encodeURIComponent(personId)}/meetings/opening`),
  });
}
