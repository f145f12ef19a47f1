import { useQuery } from '@tanstack/react-query';
import type { ContactsResponse } from '../../shared/api/responses';
import { apiRequest } from './api-request';
import { queryKeys } from './query-keys';

/** A person's contacts, newest first; only asked for when the viewer may read them. */
export function useContacts(personId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: queryKeys.contacts(personId),
    queryFn: () => apiRequest<ContactsResponse>('GET', `/people/${encodeURIComponent(personId)}/contacts`),
    enabled: isEnabled,
  });
}
