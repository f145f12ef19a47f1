import { useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '../../../../shared/api/sessions.responses';
import { apiRequest } from '../../../api-client/api-request';
import { hasStatus, isSessionEnded } from '../../../api-client/api-request-error';
import { csrfToken } from '../../../api-client/csrf-token';
import { sessionKeys } from '../keys';
import { keepOfflineCopyOnlyFor } from '../../../offline/offline-copy';
import { tabAccount } from '../../../hooks/tab-account';
import { signedOutReason } from '../../../hooks/signed-out-reason';

/** Fetches GET /me once per page load; null means nobody is signed in. */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await apiRequest<SessionResponse>('GET', '/me');
    csrfToken.set(session.csrfToken);
    tabAccount.set(session.me.accountId);
    await keepOfflineCopyOnlyFor(session.me.accountId);
    return session;
  } catch (error) {
    if (hasStatus(error, 401)) {
      // A reload after the idle limit (the tab asleep, the tablet shut): the sign-in page says why.
      if (isSessionEnded(error)) signedOutReason.set('session_ended');
      csrfToken.set(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in account and its CSRF token, or null when signed out. */
export function useSession() {
  return useQuery({ queryKey: sessionKeys.me, queryFn: fetchSession, staleTime: Infinity });
}
