import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignInBody } from '../../../../shared/api/sessions.schema';
import type { SessionResponse } from '../../../../shared/api/sessions.responses';
import { apiRequest } from '../../../api-client/api-request';
import { csrfToken } from '../../../api-client/csrf-token';
import { sessionKeys } from '../keys';

/** Signs in and keeps the new session (and its CSRF token) in memory. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => apiRequest<SessionResponse>('POST', '/session', body),
    onSuccess: (session) => {
      csrfToken.set(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.me[0] });
      queryClient.setQueryData(sessionKeys.me, session);
    },
  });
}
