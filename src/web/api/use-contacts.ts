import { useInfiniteQuery } from '@tanstack/react-query';
import type { ContactsResponse } from '../../shared/api/responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** The most contacts the server returns at once; a full page means there may be older ones. */
export const CONTACTS_PAGE_SIZE = 50;

/** A person's contacts, newest first, a page at a time; only asked for when the viewer may read them. */
export function useContacts(personId: string, isEnabled: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.contacts(personId),
    queryFn: ({ pageParam }) => {
      const query = pageParam ? `?before=${encodeURIComponent(pageParam)}` : '';
      return apiRequest<ContactsResponse>('GET', `/people/${encodeURIComponent(personId)}/contacts${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) =>
      lastPage.contacts.length >= CONTACTS_PAGE_SIZE ? (lastPage.contacts.at(-1)?.occurredAt ?? null) : null,
    enabled: isEnabled,
  });
}
