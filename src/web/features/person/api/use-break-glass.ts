import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BreakGlassResponse } from '../../../../shared/api/people.responses';
import { apiRequest } from '../../../api-client/api-request';
import { personKeys } from '../keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

/** Opens a record outside the worker's care team, for a reason the person will see. */
export function useBreakGlass(personId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (reason: string) =>
      apiRequest<BreakGlassResponse>(
        'POST',
        `/people/${encodeURIComponent(personId)}/break-glass`,
        { reason },
        { idempotencyKey: submission.current() },
      ),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKeys.record(personId) }),
  });
}
