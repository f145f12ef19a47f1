import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountsResponse, ResetPasswordResponse } from '../../../../shared/api/accounts.responses';
import { apiRequest } from '../../../api-client/api-request';
import { accountKeys } from '../keys';

/**
 * Accounts with their last sign-in (administrators), in username order, a page at a time; with a
 * search, only those whose username or name contains every word of it.
 */
export function useAdminAccounts(search: string) {
  return useInfiniteQuery({
    queryKey: [...accountKeys.adminAccounts, search] as const,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: '50' });
      if (search) query.set('q', search);
      if (pageParam) query.set('after', pageParam);
      return apiRequest<AccountsResponse>('GET', `/admin/accounts?${query.toString()}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => (lastPage.hasMore ? (lastPage.accounts.at(-1)?.username ?? null) : null),
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

/** Links a staff account to its name at the organisation's sign-in, or unlinks it (null). */
export function useLinkSsoAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, ssoUsername }: { accountId: string; ssoUsername: string | null }) =>
      apiRequest<{ ssoUsername: string | null }>('PUT', `/admin/accounts/${encodeURIComponent(accountId)}/sso`, {
        ssoUsername,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.adminAccounts }),
  });
}

/** Removes a staff member's authenticator app (a lost phone), saying why; their sessions end. */
export function useRemoveSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, reason }: { accountId: string; reason: string }) =>
      apiRequest<void>('DELETE', `/admin/accounts/${encodeURIComponent(accountId)}/second-factor`, { reason }),
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
