import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  HandoverPersonNoteBody,
  JointMeetingBody,
  PlanHandoverBody,
} from '../../../../shared/api/handovers.schema';
import type {
  HandoverDto,
  PersonHandoversResponse,
  WorkerHandoversResponse,
} from '../../../../shared/api/handovers.responses';
import { apiRequest } from '../../../api-client/api-request';
import { handoverKeys } from '../keys';

const handoverPath = (id: string) => `/handovers/${encodeURIComponent(id)}`;

/** A person's planned and past handovers, and whether the viewer may plan or add to them. */
export function usePersonHandovers(personId: string) {
  return useQuery({
    queryKey: handoverKeys.forPerson(personId),
    queryFn: () => apiRequest<PersonHandoversResponse>('GET', `/people/${encodeURIComponent(personId)}/handovers`),
  });
}

/** A worker's people with each one's handover. */
export function useWorkerHandovers(workerId: string) {
  return useQuery({
    queryKey: handoverKeys.forWorker(workerId),
    queryFn: () => apiRequest<WorkerHandoversResponse>('GET', `/workers/${encodeURIComponent(workerId)}/handovers`),
  });
}

/** Every change to a handover refreshes the person's record: the care team may have changed. */
function useRefresh(personId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['people', personId] });
}

export function usePlanHandover(personId: string) {
  const refresh = useRefresh(personId);
  return useMutation({
    mutationFn: (body: PlanHandoverBody) =>
      apiRequest<PersonHandoversResponse>('POST', `/people/${encodeURIComponent(personId)}/handovers`, body),
    onSuccess: refresh,
  });
}

export function useAddToHandoverNote(personId: string, handoverId: string) {
  const refresh = useRefresh(personId);
  return useMutation({
    mutationFn: (body: HandoverPersonNoteBody) =>
      apiRequest<HandoverDto>('PUT', `${handoverPath(handoverId)}/person-note`, body),
    onSettled: refresh,
  });
}

export function useRecordJointMeeting(personId: string, handoverId: string) {
  const refresh = useRefresh(personId);
  return useMutation({
    mutationFn: (body: JointMeetingBody) =>
      apiRequest<HandoverDto>('PUT', `${handoverPath(handoverId)}/joint-meeting`, body),
    onSettled: refresh,
  });
}

/** Completes (the coordinator changes now) or cancels a planned handover. */
export function useCloseHandover(personId: string, handoverId: string) {
  const refresh = useRefresh(personId);
  return useMutation({
    mutationFn: ({ action, version }: { action: 'complete' | 'cancel'; version: number }) =>
      apiRequest<HandoverDto>('POST', `${handoverPath(handoverId)}/${action}`, { version }),
    onSettled: refresh,
  });
}
