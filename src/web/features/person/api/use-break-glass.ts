import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BreakGlassResponse } from '../../../../shared/api/people.responses';
import { apiRequest } from '../../../api-client/api-request';
import { personKeys } from '../keys';

/** Opens a record outside the worker's care team, for a reason the person will see. */
export function useBreakGlass(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiRequest<BreakGlassResponse>('POST', `/people/${encodeURIComponent(personId)}/break-glass`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKeys.record(personId) }),
  });
}
