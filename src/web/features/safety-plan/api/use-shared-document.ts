import { useQuery } from '@tanstack/react-query';
import type { SharedDocumentResponse } from '../../../../shared/api/share-links.responses';
import { apiRequest } from '../../../api-client/api-request';
import { safetyPlanKeys } from '../keys';

/** The plan behind a share link, opened without an account. Never retried: each opening is audited. */
export function useSharedDocument(token: string) {
  return useQuery({
    queryKey: safetyPlanKeys.shared(token),
    queryFn: () => apiRequest<SharedDocumentResponse>('GET', `/shared/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
