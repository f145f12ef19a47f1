import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInBody } from '../../../../shared/api/sessions.schema';
import type { SessionResponse } from '../../../../shared/api/sessions.responses';
import { apiRequest } from '../../../api-client/api-request';
import { csrfToken } from '../../../api-client/csrf-token';
import { sessionKeys } from '../keys';
import { keepOfflineCopyOnlyFor } from '../../../offline/offline-copy';

/**
 * Signs in and keeps the new session (and its CSRF token) in memory. A safety plan kept on the
 * device for another account is removed.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => apiRequest<SessionResponse>('POST', '/session', body),
    onSuccess: async (session) => {
      await keepOfflineCopyOnlyFor(session.me.accountId);
      csrfToken.set(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.me[0] });
      queryClient.setQueryData(sessionKeys.me, session);
    },
  });
}
