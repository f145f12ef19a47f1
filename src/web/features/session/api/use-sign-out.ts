import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api-client/api-request';
import { csrfToken } from '../../../api-client/csrf-token';
import { sessionKeys } from '../keys';

/** Ends the session; whatever happens on the server, nothing of it stays in this tab. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('DELETE', '/session'),
    onSettled: () => {
      csrfToken.set(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, null);
    },
  });
}
