import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api-client/api-request';
import { csrfToken } from '../../../api-client/csrf-token';
import type { SessionResponse } from '../../../../shared/api/sessions.responses';
import { sessionKeys } from '../keys';
import { clearAccountDrafts } from '../../../hooks/account-drafts';
import { signedOutReason } from '../../../hooks/signed-out-reason';

/**
 * Ends the session; whatever happens on the server, nothing of it stays in this tab, and no draft
 * of the account stays on the device for the next person to sign in on it.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('DELETE', '/session'),
    onSettled: () => {
      const me = queryClient.getQueryData<SessionResponse | null>(sessionKeys.me)?.me;
      if (me) clearAccountDrafts(me.accountId);
      signedOutReason.set('signed_out');
      csrfToken.set(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, null);
    },
  });
}
