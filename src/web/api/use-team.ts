import { useQuery } from '@tanstack/react-query';
import type { TeamResponse } from '../../shared/api/people.responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** The team the signed-in manager runs. */
export function useTeam() {
  return useQuery({ queryKey: queryKeys.team, queryFn: () => apiRequest<TeamResponse>('GET', '/team') });
}
