import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody } from '../../../../shared/api/accounts.schema';
import { apiRequest } from '../../../api-client/api-request';
import { sessionKeys } from '../../session/keys';
import { accountKeys } from '../keys';

/** Changes one's own password; the other sessions end, and a reset account may go on. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => apiRequest<void>('PUT', '/me/password', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKeys.me });
      await queryClient.invalidateQueries({ queryKey: accountKeys.ownSessions });
    },
  });
}
