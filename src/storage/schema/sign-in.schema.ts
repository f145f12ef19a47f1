import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts.schema';

// Sign-in defences (ADR 0003). Wrong passwords are counted per username typed, whether or not an
// account has it, so an unknown username behaves exactly as a known one.

/**
 * Wrong passwords counted under one key: a hash of the username typed, or of the username and
 * the address it came from. The count starts again once `windowStartedAt` is a lock's length ago.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true, mode: 'date' }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
});

/**
 * A browser an account has signed in from before, known by a long-lived cookie whose hash is kept
 * here: a right password from it passes a lock that strangers' wrong passwords put on the username.
 */
export const knownDevice = pgTable(
  'known_device',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    failures: integer('failures').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('known_device_account_idx').on(t.accountId)],
);
