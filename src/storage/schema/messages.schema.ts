import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';

// Messages between a person (and the carers they let in) and their care team: one conversation per
// person, addressed to the care team as a whole (ADR 0031). Both tables carry person_id so they
// distribute with the person's record.

export const message = pgTable(
  'message',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    authorAccountId: uuid('author_account_id').notNull(),
    /** The author's name and kind as they were when writing, so the conversation reads the same later. */
    authorName: text('author_name').notNull(),
    authorKind: text('author_kind').notNull(),
    text: text('text').notNull(),
    sentAt: instant('sent_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('message_person_time_idx').on(t.personId, t.sentAt, t.id)],
);

/** Who read which message, and when: the first time only. */
export const messageRead = pgTable(
  'message_read',
  {
    messageId: uuid('message_id').notNull(),
    personId: uuid('person_id').notNull(),
    accountId: uuid('account_id').notNull(),
    readerName: text('reader_name').notNull(),
    readerKind: text('reader_kind').notNull(),
    readAt: instant('read_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.accountId] }),
    index('message_read_person_account_idx').on(t.personId, t.accountId),
  ],
);
