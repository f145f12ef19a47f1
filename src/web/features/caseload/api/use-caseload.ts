import { useQuery } from '@tanstack/react-query';
import type { CaseloadResponse } from '../../../../shared/api/caseload.responses';
import { apiRequest } from '../../../api-client/api-request';
import { caseloadKeys } from '../keys';

/** The signed-in worker's people. */
export function useCaseload() {
  return useQuery({ queryKey: caseloadKeys.all, queryFn: () => apiRequest<CaseloadResponse>('GET', '/caseload') });
}
