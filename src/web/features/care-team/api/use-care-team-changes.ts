import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddMembershipBody, ChangeCareCoordinatorBody, EndMembershipBody } from '../../../../shared/api/care-team.schema';
import { apiRequest } from '../../../api-client/api-request';
import { personKeys } from '../../person/keys';

/** The three ways an administrator changes a person's care team; each refreshes the person afterwards. */
export function useCareTeamChanges(personId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: personKeys.record(personId) });
  const id = encodeURIComponent(personId);
  const addMember = useMutation({
    mutationFn: (body: AddMembershipBody) => apiRequest<unknown>('POST', `/people/${id}/care-team`, body),
    onSuccess: refresh,
  });
  const endMembership = useMutation({
    mutationFn: ({ membershipId, ...body }: EndMembershipBody & { membershipId: string }) =>
      apiRequest<unknown>('POST', `/care-team/${encodeURIComponent(membershipId)}/end`, body),
    onSuccess: refresh,
  });
  const changeCoordinator = useMutation({
    mutationFn: (body: ChangeCareCoordinatorBody) => apiRequest<unknown>('POST', `/people/${id}/care-coordinator`, body),
    onSuccess: refresh,
  });
  return { addMember, endMembership, changeCoordinator };
}
