import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ReflectionDto,
  ReflectionReplyDto,
  ReflectiveLogResponse,
  SuperviseesResponse,
  SupervisionSessionDto,
} from '../../../../shared/api/reflections.responses';
import type { SupervisionSessionBody, WriteReflectionBody } from '../../../../shared/api/reflections.schema';
import { apiRequest } from '../../../api-client/api-request';
import { useSubmissionKey } from '../../../hooks/use-submission-key';
import { reflectionKeys } from '../keys';

/** The signed-in worker's own reflective log. */
export const useOwnReflections = () =>
  useQuery({
    queryKey: reflectionKeys.own(),
    queryFn: () => apiRequest<ReflectiveLogResponse>('GET', '/reflections'),
  });

/** A supervisee's shared entries and sessions, for their supervisor. */
export const useSuperviseeReflections = (workerId: string) =>
  useQuery({
    queryKey: reflectionKeys.supervisee(workerId),
    queryFn: () => apiRequest<ReflectiveLogResponse>('GET', `/supervision/${encodeURIComponent(workerId)}`),
  });

export const useSupervisees = () =>
  useQuery({
    queryKey: reflectionKeys.supervisees(),
    queryFn: () => apiRequest<SuperviseesResponse>('GET', '/supervision'),
  });

/** A mutation that refreshes every reflective-log view, sent once however often it is pressed. */
function useReflectionMutation<I, O>(send: (input: I, idempotencyKey: string) => Promise<O>) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (input: I) => send(input, submission.current()),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reflectionKeys.all }),
  });
}

export const useWriteReflection = () =>
  useReflectionMutation((body: WriteReflectionBody, idempotencyKey) =>
    apiRequest<ReflectionDto>('POST', '/reflections', body, { idempotencyKey }),
  );

export const useShareReflection = () =>
  useReflectionMutation((reflectionId: string, idempotencyKey) =>
    apiRequest<ReflectionDto>('POST', `/reflections/${encodeURIComponent(reflectionId)}/share`, undefined, {
      idempotencyKey,
    }),
  );

export const useReplyToReflection = () =>
  useReflectionMutation((input: { reflectionId: string; text: string }, idempotencyKey) =>
    apiRequest<ReflectionReplyDto>(
      'POST',
      `/reflections/${encodeURIComponent(input.reflectionId)}/replies`,
      { text: input.text },
      { idempotencyKey },
    ),
  );

export const useRecordSupervisionSession = (workerId: string) =>
  useReflectionMutation((body: SupervisionSessionBody, idempotencyKey) =>
    apiRequest<SupervisionSessionDto>('POST', `/supervision/${encodeURIComponent(workerId)}/sessions`, body, {
      idempotencyKey,
    }),
  );
