import { useQuery } from '@tanstack/react-query';
import type { TeamResponse } from '../../../../shared/api/people.responses';
import { apiRequest } from '../../../api-client/api-request';
import { teamKeys } from '../keys';

/** The team the signed-in manager runs. */
export function useTeam() {
  return useQuery({ queryKey: teamKeys.mine, queryFn: () => apiRequest<TeamResponse>('GET', '/team') });
}
