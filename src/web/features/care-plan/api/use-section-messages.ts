import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** A section's discussion, loaded only when someone opens it. */
export function useSectionMessages(personId: string, sectionKey: string, isEnabled: boolean) {
  const kind = useDocumentKind();
  return useQuery({
    queryKey: carePlanKeys.messages(personId, sectionKey, kind),
    queryFn: () => apiRequest<SectionMessagesResponse>('GET', messagesPath(personId, sectionKey, kind)),
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
