import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../../shared/api/sessions.responses';
import { apiRequest } from '../../../api-client/api-request';
import { csrfToken } from '../../../api-client/csrf-token';
import { sessionKeys } from '../keys';
import { clearDeviceDraftsOf } from '../../questionnaires/device-drafts';

/** Ends the session; whatever happens on the server, nothing of it stays in this tab. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('DELETE', '/session'),
    onSettled: () => {
      // Questionnaire drafts are on the server too (saved with every answer), so none is lost.
      const session = queryClient.getQueryData<SessionResponse | null>(sessionKeys.me);
      if (session) clearDeviceDraftsOf(session.me.accountId);
      csrfToken.set(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, null);
    },
  });
}
