import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { hasStatus, isApiRequestError, isSessionEnded } from './api-client/api-request-error';
import { csrfToken } from './api-client/csrf-token';
import { sessionKeys } from './features/session/keys';
import { signedOutReason } from './hooks/signed-out-reason';

/**
 * Server state for the app. A 401 anywhere means the session ended (expired or signed out in
 * another tab), so the app forgets the account and the pages send the user to sign in.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onUnauthenticated(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onUnauthenticated(error, null) }),
    defaultOptions: {
      queries: {
        // A refusal or a missing record will not change on a second try.
        retry: (failureCount, error) =>
          (!isApiRequestError(error) || error.status === 0 || error.status >= 500) && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });

  function onUnauthenticated(error: unknown, key: readonly unknown[] | null): void {
    if (!hasStatus(error, 401)) return;
    const wasSignedIn = Boolean(queryClient.getQueryData(sessionKeys.me));
    // Unsaved work stays on the device under the account, so the sign-in page can promise it back.
    if (wasSignedIn || isSessionEnded(error)) signedOutReason.set('session_ended');
    if (key?.[0] === sessionKeys.me[0]) return;
    csrfToken.set(null);
    queryClient.setQueryData(sessionKeys.me, null);
  }

  return queryClient;
}
