import { useQuery } from '@tanstack/react-query';
import type { AccessLogResponse } from '../../../../shared/api/people.responses';
import { apiRequest } from '../../../api-client/api-request';
import { accessLogKeys } from '../keys';

/** Who opened the person's record, newest first (the person themself only). */
export function useAccessLog(personId: string) {
  return useQuery({
    queryKey: accessLogKeys.list(personId),
    queryFn: () => apiRequest<AccessLogResponse>('GET', `/people/${encodeURIComponent(personId)}/access-log`),
  });
}
