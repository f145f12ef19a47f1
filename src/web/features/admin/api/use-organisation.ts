import { useQuery } from '@tanstack/react-query';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { apiRequest } from '../../../api-client/api-request';
import { adminKeys } from '../keys';

/** Every site, team, worker, person, carer and account (administrators only). */
export function useOrganisation(isEnabled = true) {
  return useQuery({
    queryKey: adminKeys.organisation,
    queryFn: () => apiRequest<OrganisationResponse>('GET', '/admin/organisation'),
    enabled: isEnabled,
  });
}
