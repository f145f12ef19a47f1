import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConversationResponse,
  InboxResponse,
  MessageDto,
  UnreadMessagesResponse,
} from '../../../../shared/api/messages.responses';
import { apiRequest } from '../../../api-client/api-request';
import { useSubmissionKey } from '../../../hooks/use-submission-key';
import { messageKeys } from '../keys';

const messagesPath = (personId: string) => `/people/${encodeURIComponent(personId)}/messages`;

/** A person's conversation with their care team; opening it marks it read, so unread counts refresh after. */
export function useConversation(personId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: messageKeys.conversation(personId),
    queryFn: async () => {
      const conversation = await apiRequest<ConversationResponse>('GET', messagesPath(personId));
      void queryClient.invalidateQueries({ queryKey: messageKeys.unread(personId) });
      void queryClient.invalidateQueries({ queryKey: messageKeys.inbox() });
      void queryClient.invalidateQueries({ queryKey: messageKeys.unreadTotal() });
      return conversation;
    },
  });
}

/** How many messages the signed-in account has not read in a person's conversation. */
export function useUnreadMessages(personId: string, isEnabled = true) {
  return useQuery({
    queryKey: messageKeys.unread(personId),
    queryFn: () => apiRequest<UnreadMessagesResponse>('GET', `${messagesPath(personId)}/unread`),
    enabled: isEnabled,
  });
}

/** Sends a message, once however often the button is pressed. */
export function useSendMessage(personId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (text: string) =>
      apiRequest<MessageDto>('POST', messagesPath(personId), { text }, { idempotencyKey: submission.current() }),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}

/** The signed-in worker's inbox: the conversations of the people in their care teams. */
export function useInbox() {
  return useQuery({
    queryKey: messageKeys.inbox(),
    queryFn: () => apiRequest<InboxResponse>('GET', '/messages/inbox'),
  });
}

/** How many messages the signed-in account has not read in all the conversations it may read. */
export function useMyUnreadMessages(isEnabled: boolean) {
  return useQuery({
    queryKey: messageKeys.unreadTotal(),
    queryFn: () => apiRequest<UnreadMessagesResponse>('GET', '/messages/unread'),
    enabled: isEnabled,
    // New messages arrive without the reader doing anything: look again now and then.
    refetchInterval: 60_000,
  });
}
