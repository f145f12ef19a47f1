import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SecondFactorSignInBody } from '../../../../shared/api/second-factor.schema';
import type { SignInBody } from '../../../../shared/api/sessions.schema';
import type { SessionResponse, SignInResponse } from '../../../../shared/api/sessions.responses';
import { apiRequest } from '../../../api-client/api-request';
import { csrfToken } from '../../../api-client/csrf-token';
import { sessionKeys } from '../keys';
import { keepOfflineCopyOnlyFor } from '../../../offline/offline-copy';
import { tabAccount } from '../../../hooks/tab-account';

/**
 * Signs in and keeps the new session (and its CSRF token) in memory. A safety plan kept on the
 * device for another account is removed.
 */
export function useSignIn() {
  const keep = useKeepSession();
  return useMutation({
    mutationFn: (body: SignInBody) => apiRequest<SignInResponse>('POST', '/session', body),
    // An account with a second factor gets a challenge, not yet a session: the code comes next.
    onSuccess: async (answer) => ('me' in answer ? keep(answer) : undefined),
  });
}

/** The second step of signing in: the code from the authenticator app, or a recovery code. */
export function useCompleteSignIn() {
  const keep = useKeepSession();
  return useMutation({
    mutationFn: (body: SecondFactorSignInBody) => apiRequest<SessionResponse>('POST', '/session/second-factor', body),
    onSuccess: keep,
  });
}

function useKeepSession() {
  const queryClient = useQueryClient();
  return async (session: SessionResponse) => {
    await keepOfflineCopyOnlyFor(session.me.accountId);
    csrfToken.set(session.csrfToken);
    tabAccount.set(session.me.accountId);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.me[0] });
    queryClient.setQueryData(sessionKeys.me, session);
  };
}
