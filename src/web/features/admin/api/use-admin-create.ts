import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateAccountBody,
  CreateCarerBody,
  CreatePersonBody,
  CreateSiteBody,
  CreateTeamBody,
  CreateWorkerBody,
} from '../../../../shared/api/organisation.schema';
import { apiRequest } from '../../../api-client/api-request';
import { adminKeys } from '../keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

export interface CreateBodies {
  sites: CreateSiteBody;
  teams: CreateTeamBody;
  workers: CreateWorkerBody;
  people: CreatePersonBody;
  carers: CreateCarerBody;
  accounts: CreateAccountBody;
}

export type AdminCollection = keyof CreateBodies;

/** Creates one organisation record and refreshes the lists. */
export function useAdminCreate<K extends AdminCollection>(collection: K) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: CreateBodies[K]) =>
      apiRequest<unknown>('POST', `/admin/${collection}`, body, { idempotencyKey: submission.current() }),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.organisation }),
  });
}
