import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedCreatedResponse, CalendarFeedStatusResponse } from '../../../../shared/api/reviews.responses';
import { apiRequest } from '../../../api-client/api-request';
import { reviewKeys } from '../keys';

/** Whether the signed-in worker has a calendar address, and when it was made and last used. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: reviewKeys.calendarFeed,
    queryFn: () => apiRequest<CalendarFeedStatusResponse>('GET', '/calendar/feed'),
  });
}

/** Makes a new secret calendar address; any earlier one stops working. The address is returned only here. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<CalendarFeedCreatedResponse>('POST', '/calendar/feed'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reviewKeys.calendarFeed }),
  });
}

/** Turns the calendar address off. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('DELETE', '/calendar/feed'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reviewKeys.calendarFeed }),
  });
}
