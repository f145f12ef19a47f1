import { useQuery } from '@tanstack/react-query';
import type { OrganisationResponse } from '../../shared/api/organisation.responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** Every site, team, worker, person, carer and account (administrators only). */
export function useOrganisation(isEnabled = true) {
  return useQuery({
    queryKey: queryKeys.organisation,
    queryFn: () => apiRequest<OrganisationResponse>('GET', '/admin/organisation'),
    enabled: isEnabled,
  });
}
