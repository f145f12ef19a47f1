import { useQuery } from '@tanstack/react-query';
import type { OrganisationSummaryResponse } from '../../shared/api/organisation.responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** De-identified counts for the whole organisation. */
export function useOrganisationSummary() {
  return useQuery({
    queryKey: queryKeys.organisationSummary,
    queryFn: () => apiRequest<OrganisationSummaryResponse>('GET', '/organisation/summary'),
  });
}
