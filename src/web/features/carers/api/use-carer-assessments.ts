import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerCarerAssessmentBody,
  RequestCarerAssessmentBody,
} from '../../../../shared/api/carer-assessments.schema';
import type {
  CarerAssessmentRequestDto,
  CarerAssessmentRequestsResponse,
} from '../../../../shared/api/carer-assessments.responses';
import { apiRequest } from '../../../api-client/api-request';
import { useSubmissionKey } from '../../../hooks/use-submission-key';
import { carerKeys } from '../keys';

const path = (personId: string) => `/people/${encodeURIComponent(personId)}/carer-assessments`;

/** A carer's own requests for a carer's assessment (or, for the care team, every carer's). */
export function useCarerAssessments(personId: string) {
  return useQuery({
    queryKey: carerKeys.assessments(personId),
    queryFn: () => apiRequest<CarerAssessmentRequestsResponse>('GET', path(personId)),
  });
}

/** A carer asks the care team for a carer's assessment. */
export function useRequestCarerAssessment(personId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: RequestCarerAssessmentBody) =>
      apiRequest<CarerAssessmentRequestsResponse>('POST', path(personId), body, {
        idempotencyKey: submission.current(),
      }),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
      void queryClient.invalidateQueries({ queryKey: carerKeys.assessments(personId) });
    },
  });
}

/** Requests waiting for an answer in the worker's care teams. */
export function useWaitingCarerAssessments() {
  return useQuery({
    queryKey: carerKeys.waitingAssessments,
    queryFn: () => apiRequest<CarerAssessmentRequestsResponse>('GET', '/carer-assessments'),
  });
}

/** The care team's answer; a 409 means someone answered first, so the list is read again. */
export function useAnswerCarerAssessment(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerCarerAssessmentBody) =>
      apiRequest<CarerAssessmentRequestDto>('PUT', `/carer-assessments/${encodeURIComponent(requestId)}/answer`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: carerKeys.waitingAssessments }),
  });
}
