import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  DocumentKind,
  SectionMessageDto,
  SectionMessagesResponse,
} from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { useDocumentKind } from '../document-kind-context';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

const messagesPath = (personId: string, sectionKey: string, kind: DocumentKind) =>
  `${carePlanPath(personId, kind)}/sections/${encodeURIComponent(sectionKey)}/messages`;

/** Messages asked for at a time; a full page means there may be later ones. */
export const MESSAGES_PAGE_SIZE = 50;

/**
 * A section's discussion, oldest first, loaded only when someone opens it, a page at a time: each
 * page starts after the last message shown.
 */
export function useSectionMessages(personId: string, sectionKey: string, isEnabled: boolean) {
  const kind = useDocumentKind();
  return useInfiniteQuery({
    queryKey: carePlanKeys.messages(personId, sectionKey, kind),
    queryFn: ({ pageParam }) =>
      apiRequest<SectionMessagesResponse>(
        'GET',
        `${messagesPath(personId, sectionKey, kind)}?limit=${MESSAGES_PAGE_SIZE}${pageParam === null ? '' : `&afterId=${encodeURIComponent(pageParam)}`}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => {
      const last = lastPage.messages.at(-1);
      return lastPage.messages.length >= MESSAGES_PAGE_SIZE && last ? last.id : null;
    },
    enabled: isEnabled,
  });
}

/** Adds a message; the plan is refreshed too because it counts messages per section. */
export function usePostSectionMessage(personId: string, sectionKey: string) {
  const kind = useDocumentKind();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (text: string) =>
      apiRequest<SectionMessageDto>(
        'POST',
        messagesPath(personId, sectionKey, kind),
        { text },
        { idempotencyKey: submission.current() },
      ),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carePlanKeys.all(personId, kind) }),
  });
}
