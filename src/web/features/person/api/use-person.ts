import { useQuery } from '@tanstack/react-query';
import type { PersonResponse } from '../../../../shared/api/people.responses';
import { apiRequest } from '../../../api-client/api-request';
import { personKeys } from '../keys';

/** One person's record summary; 403 and 404 come back as ApiRequestError. */
export function usePerson(personId: string, isEnabled = true) {
  return useQuery({
    queryKey: personKeys.record(personId),
    queryFn: () => apiRequest<PersonResponse>('GET', `/people/${encodeURIComponent(personId)}`),
    enabled: isEnabled && personId !== '',
  });
}
