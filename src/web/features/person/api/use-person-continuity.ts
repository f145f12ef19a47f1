import { useQuery } from '@tanstack/react-query';
import type { PersonContinuityResponse } from '../../../../shared/api/analytics.responses';
import { apiRequest } from '../../../api-client/api-request';
import { personKeys } from '../keys';

/** A person's own continuity of care, in plain words. */
export function usePersonContinuity(personId: string) {
  return useQuery({
    queryKey: personKeys.continuity(personId),
    queryFn: () => apiRequest<PersonContinuityResponse>('GET', `/people/${encodeURIComponent(personId)}/continuity`),
    enabled: personId !== '',
  });
}
