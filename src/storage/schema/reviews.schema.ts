import { date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts.schema';
import { createdAt, instant } from './columns';

// Care plan reviews: when each is due, what a held one recorded and who was there; and the secret
// calendar addresses through which workers see their reviews.

export const review = pgTable(
  'review',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    heldOn: date('held_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('review_person_idx').on(t.personId, t.dueOn)],
);

/** What a held review recorded: what changed, who wrote it up, and the plan version discussed. */
export const reviewOutcome = pgTable(
  'review_outcome',
  {
    personId: uuid('person_id').notNull(),
    reviewId: uuid('review_id').notNull(),
    whatChanged: text('what_changed').notNull(),
    carePlanVersion: integer('care_plan_version'),
    recordedByAccountId: uuid('recorded_by_account_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: instant('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.reviewId] })],
);

/** Who was at a review: the person, carers, workers, or others named in words (an advocate, a GP). */
export const reviewAttendee = pgTable(
  'review_attendee',
  {
    personId: uuid('person_id').notNull(),
    reviewId: uuid('review_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    workerId: uuid('worker_id'),
    carerId: uuid('carer_id'),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.reviewId, t.position] })],
);

/**
 * A worker's secret calendar address. Calendar apps cannot send cookies, so the token in the URL
 * is the credential; only its hash is kept, like a session's.
 */
export const calendarFeed = pgTable(
  'calendar_feed',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => account.id, { onDelete: 'cascade' }),
    workerId: uuid('worker_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    lastUsedAt: instant('last_used_at'),
  },
  (t) => [uniqueIndex('calendar_feed_token_idx').on(t.tokenHash)],
);
