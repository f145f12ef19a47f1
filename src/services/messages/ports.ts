import type { MessageAuthorKind } from '../../domain/messages/message-text';

export interface MessageRecord {
  id: string;
  personId: string;
  authorAccountId: string;
  authorName: string;
  authorKind: MessageAuthorKind;
  text: string;
  sentAt: Date;
}

/** The first time one account read one message. */
export interface MessageReadRecord {
  messageId: string;
  personId: string;
  accountId: string;
  readerName: string;
  readerKind: MessageAuthorKind;
  readAt: Date;
}

/** A message with everyone who has read it, for the sender to see. */
export interface MessageView extends MessageRecord {
  reads: Omit<MessageReadRecord, 'messageId' | 'personId'>[];
}

/** Where a page of messages ended: the oldest message shown. */
export interface MessageCursor {
  sentAt: Date;
  id: string;
}

/** One conversation in a worker's inbox. */
export interface InboxRow {
  personId: string;
  personName: string;
  preferredName: string | null;
  lastMessageAt: Date;
  lastAuthorName: string;
  lastAuthorKind: MessageAuthorKind;
  /** Messages by others that this account has not read. */
  unreadCount: number;
  /** Messages from the person or a carer that no one in the care team has read yet. */
  waitingForCareTeam: number;
}

export interface MessageRepository {
  create(message: MessageRecord): Promise<void>;
  /** Many at once, for the demo organisation. */
  createMany(messages: MessageRecord[]): Promise<void>;
  /** A person's conversation, newest first, with who read each message; `before` pages back. */
  listForPerson(personId: string, options: { before?: MessageCursor; limit: number }): Promise<MessageView[]>;
  /** Records reads; a message already read by that account keeps its first time. */
  markRead(reads: MessageReadRecord[]): Promise<void>;
  /** Messages in the person's conversation written by others that this account has not read. */
  countUnread(personId: string, accountId: string): Promise<number>;
  /** The conversations of the people in this worker's care teams on `day`, most recent first. */
  inbox(workerId: string, accountId: string, day: string): Promise<InboxRow[]>;
}
