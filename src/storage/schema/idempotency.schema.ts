import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One form submission that creates something, by its idempotency key, per account: a retried or
 * double-clicked request gets the first one's answer instead of making a second record (ADR 0020).
 * `statusCode` is null while the first request is still being handled. Rows expire.
 */
export const idempotentRequest = pgTable(
  'idempotent_request',
  {
    accountId: uuid('account_id').notNull(),
    key: text('key').notNull(),
    /** Method, path and a hash of the body: the same key with a different request is refused. */
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code'),
    responseBody: jsonb('response_body'),
    /** The answer's headers a retry must see again (Location, ETag…), by lower-case name; null before there is an answer. */
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] }), index('idempotent_request_expires_idx').on(t.expiresAt)],
);
