import { useQuery } from '@tanstack/react-query';
import type { AccessLogResponse } from '../../shared/api/people.responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** Who opened the person's record, newest first (the person themself only). */
export function useAccessLog(personId: string) {
  return useQuery({
    queryKey: queryKeys.accessLog(personId),
    queryFn: () => apiRequest<AccessLogResponse>('GET', `/people/${encodeURIComponent(personId)}/access-log`),
  });
}
