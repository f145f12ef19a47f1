import { useInfiniteQuery } from '@tanstack/react-query';
import type { ContactsResponse } from '../../../../shared/api/contacts.responses';
import { apiRequest } from '../../../api-client/api-request';
import { contactKeys } from '../keys';

/** The most contacts the server returns at once; a full page means there may be older ones. */
export const CONTACTS_PAGE_SIZE = 50;

/** A person's contacts, newest first, a page at a time; only asked for when the viewer may read them. */
export function useContacts(personId: string, isEnabled: boolean) {
  return useInfiniteQuery({
    queryKey: contactKeys.list(personId),
    queryFn: ({ pageParam }) => {
      const query = pageParam
        ? `?before=${encodeURIComponent(pageParam.before)}&beforeId=${encodeURIComponent(pageParam.beforeId)}`
        : '';
      return apiRequest<ContactsResponse>('GET', `/people/${encodeURIComponent(personId)}/contacts${query}`);
    },
    initialPageParam: null as { before: string; beforeId: string } | null,
    // The next page starts after the last contact shown, by time and then id, so that contacts
    // at the same instant on either side of a page's end are neither skipped nor repeated.
    getNextPageParam: (lastPage) => {
      const last = lastPage.contacts.at(-1);
      return lastPage.contacts.length >= CONTACTS_PAGE_SIZE && last
        ? { before: last.occurredAt, beforeId: last.id }
        : null;
    },
    enabled: isEnabled,
  });
}
