import { useQuery } from '@tanstack/react-query';
import type { SsoSettingsResponse } from '../../../../shared/api/sso.responses';
import { apiRequest } from '../../../api-client/api-request';

/** Whether staff can sign in through their organisation here, and the words for the button. */
export function useSsoSettings() {
  return useQuery({
    queryKey: ['sso'] as const,
    queryFn: () => apiRequest<SsoSettingsResponse>('GET', '/sso'),
    staleTime: Infinity,
  });
}
