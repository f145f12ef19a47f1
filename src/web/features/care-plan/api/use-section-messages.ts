import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SectionMessageDto, SectionMessagesResponse } from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

const messagesPath = (personId: string, sectionKey: string) =>
  `${carePlanPath(personId)}/sections/${encodeURIComponent(sectionKey)}/messages`;

/** A section's discussion, loaded only when someone opens it. */
export function useSectionMessages(personId: string, sectionKey: string, isEnabled: boolean) {
  return useQuery({
    queryKey: carePlanKeys.messages(personId, sectionKey),
    queryFn: () => apiRequest<SectionMessagesResponse>('GET', messagesPath(personId, sectionKey)),
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
