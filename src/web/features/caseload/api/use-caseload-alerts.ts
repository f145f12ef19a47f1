import { useQuery } from '@tanstack/react-query';
import type { CaseloadAlertsResponse } from '../../../../shared/api/feedback.responses';
import { apiRequest } from '../../../api-client/api-request';
import { caseloadKeys } from '../keys';

/** Relationship feedback alerts for the signed-in worker's people. */
export function useCaseloadAlerts() {
  return useQuery({
    queryKey: caseloadKeys.alerts,
    queryFn: () => apiRequest<CaseloadAlertsResponse>('GET', '/caseload/alerts'),
  });
}
