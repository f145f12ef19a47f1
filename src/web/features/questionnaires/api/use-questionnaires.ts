import { useQuery } from '@tanstack/react-query';
import type { QuestionnairesResponse } from '../../../../shared/api/questionnaires.responses';
import { apiRequest } from '../../../api-client/api-request';
import { questionnaireKeys } from '../keys';

/** A person's questionnaires: what is waiting, what the care team asks for, and the trends. */
export function useQuestionnaires(personId: string) {
  return useQuery({
    queryKey: questionnaireKeys.forPerson(personId),
    queryFn: () => apiRequest<QuestionnairesResponse>('GET', `/people/${encodeURIComponent(personId)}/questionnaires`),
  });
}
