import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, instant } from './columns';

/**
 * Emails waiting to be sent, written in the same transaction as what they tell of, so that an email is
 * never sent for something that was rolled back and never lost when the mail server is down (ADR 0025).
 * They carry no one's health information: the services compose them from fixed wording.
 * A server takes a batch by setting `claimedUntil` (with SKIP LOCKED, so several servers never send the
 * same email twice), sends, and marks each sent or failed with the next attempt's time.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    /** Not sent before this instant: the next attempt after a failure. */
    sendAfter: instant('send_after').notNull(),
    /** A server is sending it until then; after that another may take it (a server that stopped mid-send). */
    claimedUntil: instant('claimed_until'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
    /** Set when it will not be tried again (too many failures, or the address was refused outright). */
    abandonedAt: instant('abandoned_at'),
  },
  (t) => [
    index('email_outbox_due_idx')
      .on(t.sendAfter)
      .where(sql`sent_at is null and abandoned_at is null`),
  ],
);
