import { useQuery } from '@tanstack/react-query';
import type { RelationshipFeedbackResponse } from '../../../../shared/api/feedback.responses';
import { apiRequest } from '../../../api-client/api-request';
import { feedbackKeys } from '../keys';

/** Relationship feedback as the viewer may see it: trend, alerts, and (for the person) invitations. */
export function useRelationshipFeedback(personId: string, isEnabled = true) {
  return useQuery({
    queryKey: feedbackKeys.relationship(personId),
    queryFn: () => apiRequest<RelationshipFeedbackResponse>('GET', `/people/${encodeURIComponent(personId)}/feedback`),
    enabled: isEnabled,
  });
}
