import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { RecordContactBody } from '../../../../shared/api/contacts.schema';
import type { ContactDto, ContactsResponse } from '../../../../shared/api/contacts.responses';
import { apiRequest } from '../../../api-client/api-request';
import { caseloadKeys } from '../../caseload/keys';
import { contactKeys } from '../keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

type ContactPages = InfiniteData<ContactsResponse, string | null>;

/** Records a contact and puts it into the person's list straight away, newest first. */
export function useRecordContact(personId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: RecordContactBody) =>
      apiRequest<ContactDto>('POST', `/people/${encodeURIComponent(personId)}/contacts`, body, {
        idempotencyKey: submission.current(),
      }),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: (contact) => {
      queryClient.setQueryData<ContactPages>(contactKeys.list(personId), (previous) => {
        if (!previous) return { pages: [{ contacts: [contact] }], pageParams: [null] };
        const [first, ...rest] = previous.pages;
        const contacts = [contact, ...(first?.contacts ?? []).filter((c) => c.id !== contact.id)].sort((a, b) =>
          b.occurredAt.localeCompare(a.occurredAt),
        );
        return { ...previous, pages: [{ contacts }, ...rest] };
      });
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.all });
    },
  });
}
