import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { SectionMessageDto, SectionMessagesResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

const messagesPath = (personId: string, sectionKey: string) =>
  `${carePlanPath(personId)}/sections/${encodeURIComponent(sectionKey)}/messages`;

/** Messages asked for at a time; a full page means there may be later ones. */
export const MESSAGES_PAGE_SIZE = 50;

/**
 * A section's discussion, oldest first, loaded only when someone opens it, a page at a time: each
 * page starts after the last message shown.
 */
export function useSectionMessages(personId: string, sectionKey: string, isEnabled: boolean) {
  return useInfiniteQuery({
    queryKey: carePlanKeys.messages(personId, sectionKey),
    queryFn: ({ pageParam }) =>
      apiRequest<SectionMessagesResponse>(
        'GET',
        `${messagesPath(personId, sectionKey)}?limit=${MESSAGES_PAGE_SIZE}${pageParam === null ? '' : `&afterId=${encodeURIComponent(pageParam)}`}`,
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
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (text: string) =>
      apiRequest<SectionMessageDto>(
        'POST',
        messagesPath(personId, sectionKey),
        { text },
        { idempotencyKey: submission.current() },
      ),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carePlanKeys.all(personId) }),
  });
}
