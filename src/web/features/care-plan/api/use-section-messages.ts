import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SectionMessageDto, SectionMessagesResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';
import { useDocumentPath } from '../document-path';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

const messagesPath = (personId: string, sectionKey: string, document: string) =>
  `${carePlanPath(personId, document)}/sections/${encodeURIComponent(sectionKey)}/messages`;

/** A section's discussion, loaded only when someone opens it. */
export function useSectionMessages(personId: string, sectionKey: string, isEnabled: boolean) {
  const document = useDocumentPath();
  return useQuery({
    queryKey: carePlanKeys.messages(personId, sectionKey, document),
    queryFn: () => apiRequest<SectionMessagesResponse>('GET', messagesPath(personId, sectionKey, document)),
    enabled: isEnabled,
  });
}

/** Adds a message; the plan is refreshed too because it counts messages per section. */
export function usePostSectionMessage(personId: string, sectionKey: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  const document = useDocumentPath();
  return useMutation({
    mutationFn: (text: string) =>
      apiRequest<SectionMessageDto>(
        'POST',
        messagesPath(personId, sectionKey, document),
        { text },
        { idempotencyKey: submission.current() },
      ),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: carePlanKeys.all(personId, document) }),
  });
}
