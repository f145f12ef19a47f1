import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api-client/api-request';
import { hasStatus } from '../../../api-client/api-request-error';
import { adminKeys } from '../keys';

/**
 * Changes one organisation record with PUT and refreshes the lists. Workers and carers carry the
 * version the form started from, so a change someone else saved first is refused (409), not overwritten.
 */
export function useAdminUpdate(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => apiRequest<unknown>('PUT', path, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.organisation }),
    // Someone else saved first: fetch their version, so the form's next save starts from it.
    onError: (error) => {
      if (hasStatus(error, 409)) void queryClient.invalidateQueries({ queryKey: adminKeys.organisation });
    },
  });
}
