import { useQuery } from '@tanstack/react-query';
import type { CaseloadResponse } from '../../shared/api/caseload.responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** The signed-in worker's people. */
export function useCaseload() {
  return useQuery({ queryKey: queryKeys.caseload, queryFn: () => apiRequest<CaseloadResponse>('GET', '/caseload') });
}
