import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QuestionnaireAnswersBody, QuestionnaireScheduleBody } from '../../../../shared/api/questionnaires.schema';
import type {
  QuestionnaireDraftSavedResponse,
  QuestionnaireSentResponse,
} from '../../../../shared/api/questionnaires.responses';
import { apiRequest } from '../../../api-client/api-request';
import { questionnaireKeys } from '../keys';

const base = (personId: string) => `/people/${encodeURIComponent(personId)}/questionnaires`;

/** The care team asks for a questionnaire every so many days. */
export function useSetQuestionnaireSchedule(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ instrumentId, ...body }: QuestionnaireScheduleBody & { instrumentId: string }) =>
      apiRequest<unknown>('PUT', `${base(personId)}/schedules/${encodeURIComponent(instrumentId)}`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.forPerson(personId) }),
  });
}

/** The care team stops asking for a questionnaire; setting it again restarts it. */
export function useStopQuestionnaireSchedule(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (instrumentId: string) =>
      apiRequest<unknown>('POST', `${base(personId)}/schedules/${encodeURIComponent(instrumentId)}/stop`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.forPerson(personId) }),
  });
}

/** The person opens a questionnaire of their own choosing (or gets the one already open). */
export function useStartQuestionnaire(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (instrumentId: string) => apiRequest<{ id: string }>('POST', base(personId), { instrumentId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.forPerson(personId) }),
  });
}

/** Keeps unfinished answers on the server. */
export function useSaveQuestionnaireDraft(personId: string, invitationId: string) {
  return useMutation({
    mutationFn: (body: QuestionnaireAnswersBody) =>
      apiRequest<QuestionnaireDraftSavedResponse>(
        'PUT',
        `${base(personId)}/${encodeURIComponent(invitationId)}/draft`,
        body,
      ),
  });
}

/** Sends the answers. */
export function useSendQuestionnaire(personId: string, invitationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuestionnaireAnswersBody) =>
      apiRequest<QuestionnaireSentResponse>(
        'POST',
        `${base(personId)}/${encodeURIComponent(invitationId)}/responses`,
        body,
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: questionnaireKeys.forPerson(personId) }),
  });
}
