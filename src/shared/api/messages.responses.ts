import type { AccessBasis } from './labels';

// Messages between a person and their care team. Instants are ISO strings; every text is plain
// text, to be shown as text, never as HTML.

export type MessageAuthorKindDto = 'person' | 'carer' | 'worker';

export interface MessageReadDto {
  readerName: string;
  readerKind: MessageAuthorKindDto;
  readAt: string;
}

export interface MessageDto {
  id: string;
  authorName: string;
  authorKind: MessageAuthorKindDto;
  /** The message is the reader's own. */
  isMine: boolean;
  text: string;
  sentAt: string;
  /** Who has read it, and when (the writer is left out). */
  reads: MessageReadDto[];
}

export interface ConversationResponse {
  personId: string;
  personName: string;
  /** Newest first. */
  messages: MessageDto[];
  /** How many were new to the reader when they opened the conversation. */
  newForReader: number;
  teamContact: { teamName: string; phone: string | null; serviceHours: string | null };
  crisisContacts: { name: string; phone: string; hours: string | null; note: string | null }[];
  /**
   * The person's own "people I can ask for help" and "professionals and services" from their safety
   * plan, in their words; empty when they wrote none, null when the reader may not see the safety plan.
   */
  safetyPlanContacts: { key: string; heading: string; text: string }[] | null;
  basis: AccessBasis;
  canSend: boolean;
  /** Where the next, older page starts; null when this is the oldest. */
  nextBefore: { before: string; beforeId: string } | null;
}

export interface UnreadMessagesResponse {
  unread: number;
}

export interface InboxEntryDto {
  personId: string;
  personName: string;
  lastMessageAt: string;
  lastAuthorName: string;
  lastAuthorKind: MessageAuthorKindDto;
  unreadCount: number;
  /** Messages from the person or a carer that no one in the care team has read. */
  waitingForCareTeam: number;
}

export interface InboxResponse {
  conversations: InboxEntryDto[];
  unreadTotal: number;
}
