import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountsResponse, ResetPasswordResponse } from '../../../../shared/api/accounts.responses';
import { apiRequest } from '../../../api-client/api-request';
import { accountKeys } from '../keys';

/** Every account with its last sign-in (administrators). */
export function useAdminAccounts() {
  return useQuery({
    queryKey: accountKeys.adminAccounts,
    queryFn: () => apiRequest<AccountsResponse>('GET', '/admin/accounts'),
  });
}

/** Resets an account's password; the answer carries the temporary password to pass on. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: string) =>
      apiRequest<ResetPasswordResponse>('POST', `/admin/accounts/${encodeURIComponent(accountId)}/password-reset`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.adminAccounts }),
  });
}

/** Disables an account (its sessions end at once) or enables it again. */
export function useSetAccountDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, isDisabled }: { accountId: string; isDisabled: boolean }) =>
      apiRequest<{ disabledAt: string | null }>(
        'POST',
        `/admin/accounts/${encodeURIComponent(accountId)}/${isDisabled ? 'disable' : 'enable'}`,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.adminAccounts }),
  });
}
