import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse, SignOutResponse } from '../../../../shared/api/sessions.responses';
import { apiRequest } from '../../../api-client/api-request';
import { csrfToken } from '../../../api-client/csrf-token';
import { sessionKeys } from '../keys';
import { clearAccountDrafts } from '../../../hooks/account-drafts';
import { signedOutReason } from '../../../hooks/signed-out-reason';
import { clearDeviceDraftsOf } from '../../questionnaires/device-drafts';
import { clearOfflineCopy } from '../../../offline/offline-copy';

/**
 * Ends the session; whatever happens on the server, nothing of it stays in this tab, and no draft
 * of the account, nor the safety plan kept for offline use, stays on the device for the next person
 * to sign in on it. After a single sign-on the browser then visits the organisation's sign-in
 * service, which ends its own session and sends it back to the sign-in page (ADR 0042).
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<SignOutResponse | undefined>('DELETE', '/session'),
    onSettled: (signedOut) => {
      const session = queryClient.getQueryData<SessionResponse | null>(sessionKeys.me);
      if (session) {
        clearAccountDrafts(session.me.accountId);
        // Questionnaire drafts are on the server too (saved with every answer), so none is lost.
        clearDeviceDraftsOf(session.me.accountId);
      }
      void clearOfflineCopy();
      signedOutReason.set('signed_out');
      csrfToken.set(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, null);
      // After a single sign-on, the organisation's sign-in service ends its session too, then sends the browser back.
      if (signedOut?.providerSignOutUrl) window.location.assign(signedOut.providerSignOutUrl);
    },
  });
}
