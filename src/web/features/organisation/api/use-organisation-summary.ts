import { useQuery } from '@tanstack/react-query';
import type { OrganisationSummaryResponse } from '../../../../shared/api/organisation.responses';
import { apiRequest } from '../../../api-client/api-request';
import { organisationKeys } from '../keys';

/** De-identified counts for the whole organisation. */
export function useOrganisationSummary() {
  return useQuery({
    queryKey: organisationKeys.summary,
    queryFn: () => apiRequest<OrganisationSummaryResponse>('GET', '/organisation/summary'),
  });
}
