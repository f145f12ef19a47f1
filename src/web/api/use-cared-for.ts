import { useQuery } from '@tanstack/react-query';
import type { CaredForResponse } from '../../shared/api/people.responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** The people the signed-in carer supports, and what each shares. */
export function useCaredFor() {
  return useQuery({ queryKey: queryKeys.caredFor, queryFn: () => apiRequest<CaredForResponse>('GET', '/cared-for') });
}
