import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionDeliveryResponse } from '../../../../shared/api/college-admin.responses';
import { apiRequest } from '../../../api-client/api-request';
import { collegeKeys } from '../keys';

/**
 * One change to the college's set-up (a term, room, trainer, course, session, design note, or
 * publishing); afterwards everything the college pages show is read again.
 */
export function useCollegeChange<Body, Result = unknown>(method: 'POST' | 'PUT', path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => apiRequest<Result>(method, path, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: collegeKeys.all }),
  });
}

/** Marks who delivered a session. */
export function useRecordDelivery(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (trainerIds: string[]) =>
      apiRequest<SessionDeliveryResponse>('PUT', `/college/sessions/${sessionId}/delivery`, { trainerIds }),
    onSuccess: (delivery) => queryClient.setQueryData(collegeKeys.delivery(sessionId), delivery),
  });
}
