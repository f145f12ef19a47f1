import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EditPersonDetailsBody, DischargePersonBody, EmailChoiceBody } from '../../../../shared/api/people.schema';
import type {
  PersonDischargeResponse,
  PersonResponse,
  PersonSearchResponse,
} from '../../../../shared/api/people.responses';
import { apiRequest } from '../../../api-client/api-request';
import { personKeys } from '../keys';

const personPath = (personId: string) => `/people/${encodeURIComponent(personId)}`;

/** Saves a person's details; a 409 means someone else changed them first. */
export function useEditPersonDetails(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EditPersonDetailsBody) =>
      apiRequest<PersonResponse>('PUT', `${personPath(personId)}/details`, body),
    onSuccess: (record) => queryClient.setQueryData(personKeys.record(personId), record),
  });
}

/** Discharges the person: their care team ends and the record becomes read-only. */
export function useDischargePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DischargePersonBody) =>
      apiRequest<PersonDischargeResponse>('POST', `${personPath(personId)}/discharge`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKeys.record(personId) }),
  });
}

/** The person leaves research exports, or joins them again. */
export function useResearchChoice(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (optOut: boolean) =>
      apiRequest<{ optOut: boolean }>('PUT', `${personPath(personId)}/research-choice`, { optOut }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKeys.record(personId) }),
  });
}

/** The person's email address, and whether to be emailed when something is waiting. */
export function useEmailChoice(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmailChoiceBody) => apiRequest<unknown>('PUT', `${personPath(personId)}/email-choice`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKeys.record(personId) }),
  });
}

/** People found by name or identifier; nothing is asked until two characters are typed. */
export function useSearchPeople(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: personKeys.search(trimmed),
    queryFn: () => apiRequest<PersonSearchResponse>('GET', `/people/search?q=${encodeURIComponent(trimmed)}`),
    enabled: trimmed.length >= 2,
  });
}
