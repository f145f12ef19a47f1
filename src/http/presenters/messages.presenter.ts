import type { Conversation } from '../../services/messages/get-conversation';
import type { InboxRow, MessageRecord, MessageView } from '../../services/messages/ports';
import type { ConversationResponse, InboxEntryDto, MessageDto } from '../../shared/api/messages.responses';

// Messages to the JSON the API promises (shared/api/messages.responses.ts): instants as ISO strings.

export function presentMessage(m: MessageView | MessageRecord, readerAccountId: string): MessageDto {
  const reads = 'reads' in m ? m.reads : [];
  return {
    id: m.id,
    authorName: m.authorName,
    authorKind: m.authorKind,
    isMine: m.authorAccountId === readerAccountId,
    text: m.text,
    sentAt: m.sentAt.toISOString(),
    reads: reads
      .filter((r) => r.accountId !== m.authorAccountId)
      .map((r) => ({ readerName: r.readerName, readerKind: r.readerKind, readAt: r.readAt.toISOString() })),
  };
}

export function presentConversation(c: Conversation, readerAccountId: string, pageLimit: number): ConversationResponse {
  const oldest = c.messages.at(-1);
  return {
    personId: c.personId,
    personName: c.personName,
    messages: c.messages.map((m) => presentMessage(m, readerAccountId)),
    newForReader: c.newForReader,
    teamContact: c.teamContact,
    crisisContacts: c.crisisContacts.map(({ name, phone, hours, note }) => ({ name, phone, hours, note })),
    safetyPlanContacts: c.safetyPlanContacts?.map(({ key, heading, text }) => ({ key, heading, text })) ?? null,
    basis: c.basis,
    canSend: c.canSend,
    nextBefore:
      oldest && c.messages.length >= pageLimit ? { before: oldest.sentAt.toISOString(), beforeId: oldest.id } : null,
  };
}

export const presentInboxEntry = (row: InboxRow): InboxEntryDto => ({
  personId: row.personId,
  personName: row.preferredName ?? row.personName,
  lastMessageAt: row.lastMessageAt.toISOString(),
  lastAuthorName: row.lastAuthorName,
  lastAuthorKind: row.lastAuthorKind,
  unreadCount: row.unreadCount,
  waitingForCareTeam: row.waitingForCareTeam,
});
