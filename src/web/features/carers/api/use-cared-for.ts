import { useQuery } from '@tanstack/react-query';
import type { CaredForResponse } from '../../../../shared/api/people.responses';
import { apiRequest } from '../../../api-client/api-request';
import { carerKeys } from '../keys';

/** The people the signed-in carer supports, and what each shares. */
export function useCaredFor() {
  return useQuery({ queryKey: carerKeys.caredFor, queryFn: () => apiRequest<CaredForResponse>('GET', '/cared-for') });
}
