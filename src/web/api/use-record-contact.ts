import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordContactBody } from '../../shared/api/requests.schema';
import type { ContactDto, ContactsResponse } from '../../shared/api/responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** Records a contact and puts it at the top of the person's list straight away. */
export function useRecordContact(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordContactBody) =>
      apiRequest<ContactDto>('POST', `/people/${encodeURIComponent(personId)}/contacts`, body),
    onSuccess: (contact) => {
      queryClient.setQueryData<ContactsResponse>(queryKeys.contacts(personId), (previous) => ({
        contacts: [contact, ...(previous?.contacts ?? []).filter((c) => c.id !== contact.id)].sort((a, b) =>
          b.occurredAt.localeCompare(a.occurredAt),
        ),
      }));
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseload });
    },
  });
}
