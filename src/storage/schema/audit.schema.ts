import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// The hash-chained audit trail of every read and change of a person's data.

/**
 * Who did what to whose record, and why. Hash-chained per chain key (the person, or "system")
 * so that tampering shows. Never updated or deleted.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey(),
    chainKey: text('chain_key').notNull(),
    sequence: integer('sequence').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    accountId: uuid('account_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    personId: uuid('person_id'),
    basis: text('basis'),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_chain_sequence_idx').on(t.chainKey, t.sequence),
    index('audit_person_time_idx').on(t.personId, t.occurredAt),
  ],
);
