import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

// Reasons recorded for opening a record outside the care team.

/** A worker's recorded reason for opening a record outside their care team. The person is shown it. */
export const breakGlass = pgTable(
  'break_glass',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    accountId: uuid('account_id').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('break_glass_person_account_idx').on(t.personId, t.accountId, t.expiresAt)],
);
