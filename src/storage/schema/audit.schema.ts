import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// The hash-chained audit trail of every read and change of a person's data.

/**
 * Who did what to whose record, and why. Hash-chained per chain key (the person, or the account)
 * so that tampering shows. Requests insert events without a place in the chain; the sequencer
 * then fills in sequence and hashes once (ADR 0018). Otherwise never updated or deleted.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey(),
    chainKey: text('chain_key').notNull(),
    /** Null until sealed. */
    sequence: integer('sequence'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    accountId: uuid('account_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    personId: uuid('person_id'),
    basis: text('basis'),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    previousHash: text('previous_hash'),
    hash: text('hash'),
    /** Which fields the hash covers (domain/audit/audit-hash.ts); set when sealed. */
    hashVersion: smallint('hash_version'),
  },
  (t) => [
    uniqueIndex('audit_chain_sequence_idx').on(t.chainKey, t.sequence),
    index('audit_person_time_idx').on(t.personId, t.occurredAt),
    // Small by design: only the events the sequencer has yet to seal.
    index('audit_unsealed_idx')
      .on(t.occurredAt, t.id)
      .where(sql`${t.sequence} is null`),
    // When an account last read something of a person's (the caseload's news, decision 0051): one
    // probe, however many others have opened the record.
    index('audit_person_reader_idx').on(t.personId, t.accountId, t.action, t.occurredAt),
  ],
);
