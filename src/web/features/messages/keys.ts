/** Cache keys for messages: a person's conversation and unread count, and the worker's inbox. */
export const messageKeys = {
  all: ['messages'] as const,
  conversation: (personId: string) => ['messages', 'conversation', personId] as const,
  unread: (personId: string) => ['messages', 'unread', personId] as const,
  inbox: () => ['messages', 'inbox'] as const,
  /** Everything the signed-in account has not read, for the header. */
  unreadTotal: () => ['messages', 'unread-total'] as const,
};
