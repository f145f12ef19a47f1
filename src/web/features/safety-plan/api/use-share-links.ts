import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateShareLinkBody } from '../../../../shared/api/share-links.schema';
import type {
  ShareLinkCreatedResponse,
  ShareLinkDto,
  ShareLinksResponse,
} from '../../../../shared/api/share-links.responses';
import { apiRequest } from '../../../api-client/api-request';
import { accessLogKeys } from '../../access-log/keys';
import { safetyPlanKeys } from '../keys';

const linksPath = (personId: string) => `/people/${encodeURIComponent(personId)}/share-links`;

/** The person's share links, newest first, with whether each is open and how often it was opened. */
export function useShareLinks(personId: string) {
  return useQuery({
    queryKey: safetyPlanKeys.shareLinks(personId),
    queryFn: () => apiRequest<ShareLinksResponse>('GET', linksPath(personId)),
  });
}

/** Makes a share link; its address is in this answer only. */
export function useCreateShareLink(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateShareLinkBody) => apiRequest<ShareLinkCreatedResponse>('POST', linksPath(personId), body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: safetyPlanKeys.shareLinks(personId) });
      void queryClient.invalidateQueries({ queryKey: accessLogKeys.list(personId) });
    },
  });
}

/** Turns a share link off at once. */
export function useRevokeShareLink(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      apiRequest<ShareLinkDto>('POST', `${linksPath(personId)}/${encodeURIComponent(linkId)}/revoke`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: safetyPlanKeys.shareLinks(personId) });
      void queryClient.invalidateQueries({ queryKey: accessLogKeys.list(personId) });
    },
  });
}
