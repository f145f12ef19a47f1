import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AddMembershipBody,
  ChangeCareCoordinatorBody,
  EndMembershipBody,
} from '../../../../shared/api/care-team.schema';
import { apiRequest } from '../../../api-client/api-request';
import { personKeys } from '../../person/keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

/** The three ways an administrator changes a person's care team; each refreshes the person afterwards. */
export function useCareTeamChanges(personId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: personKeys.record(personId) });
  const id = encodeURIComponent(personId);
  const addMemberSubmission = useSubmissionKey();
  const addMember = useMutation({
    mutationFn: (body: AddMembershipBody) =>
      apiRequest<unknown>('POST', `/people/${id}/care-team`, body, { idempotencyKey: addMemberSubmission.current() }),
    onSettled: (_data, error) => {
      if (!error) addMemberSubmission.renew();
    },
    onSuccess: refresh,
  });
  const endMembershipSubmission = useSubmissionKey();
  const endMembership = useMutation({
    mutationFn: ({ membershipId, ...body }: EndMembershipBody & { membershipId: string }) =>
      apiRequest<unknown>('POST', `/care-team/${encodeURIComponent(membershipId)}/end`, body, {
        idempotencyKey: endMembershipSubmission.current(),
      }),
    onSettled: (_data, error) => {
      if (!error) endMembershipSubmission.renew();
    },
    onSuccess: refresh,
  });
  const changeCoordinatorSubmission = useSubmissionKey();
  const changeCoordinator = useMutation({
    mutationFn: (body: ChangeCareCoordinatorBody) =>
      apiRequest<unknown>('POST', `/people/${id}/care-coordinator`, body, {
        idempotencyKey: changeCoordinatorSubmission.current(),
      }),
    onSettled: (_data, error) => {
      if (!error) changeCoordinatorSubmission.renew();
    },
    onSuccess: refresh,
  });
  return { addMember, endMembership, changeCoordinator };
}
