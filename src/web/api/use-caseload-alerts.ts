import { useQuery } from '@tanstack/react-query';
import type { CaseloadAlertsResponse } from '../../shared/api/feedback.responses';
import { apiRequest } from './api-request';
import { meetingQueryKeys } from './meeting-query-keys';

/** Relationship feedback alerts for the signed-in worker's people. */
export function useCaseloadAlerts() {
  return useQuery({
    queryKey: meetingQueryKeys.caseloadAlerts,
    queryFn: () => apiRequest<CaseloadAlertsResponse>('GET', '/caseload/alerts'),
  });
}
