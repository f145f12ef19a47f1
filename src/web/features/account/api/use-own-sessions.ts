import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OwnSessionsResponse } from '../../../../shared/api/accounts.responses';
import { apiRequest } from '../../../api-client/api-request';
import { accountKeys } from '../keys';

/** Where the signed-in account is signed in, this browser first. */
export function useOwnSessions() {
  return useQuery({
    queryKey: accountKeys.ownSessions,
    queryFn: () => apiRequest<OwnSessionsResponse>('GET', '/me/sessions'),
  });
}

/** Signs out another of one's own sessions. */
export function useEndOwnSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => apiRequest<void>('DELETE', `/me/sessions/${encodeURIComponent(sessionId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.ownSessions }),
  });
}
