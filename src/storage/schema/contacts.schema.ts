import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

// Contacts (any meeting or call with a person) and the workers present at each.

export const contact = pgTable(
  'contact',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: text('mode').notNull(),
    kind: text('kind').notNull(),
    beyondRoutine: boolean('beyond_routine').notNull().default(false),
    beyondRoutineNote: text('beyond_routine_note'),
    adminMinutes: integer('admin_minutes').notNull().default(0),
    note: text('note'),
    recordedByAccountId: uuid('recorded_by_account_id'),
    recordedAt: createdAt(),
  },
  (t) => [index('contact_person_time_idx').on(t.personId, t.occurredAt)],
);

/**
 * The workers present at a contact: one row per visit. Carries person_id so it distributes with
 * the contact, and the contact's occurred_at (written with it; a contact's time never changes) so
 * that continuity analytics read a period's visits from one index, without the contact table.
 */
export const contactWorker = pgTable(
  'contact_worker',
  {
    contactId: uuid('contact_id').notNull(),
    personId: uuid('person_id').notNull(),
    workerId: uuid('worker_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.contactId, t.workerId] }),
    index('contact_worker_worker_idx').on(t.workerId, t.personId),
    // Each person's visits in time order, ties by worker, as continuity's lag() needs them: a
    // period's visits come from this index alone, with no join and no sort.
    index('contact_worker_person_time_idx').on(t.personId, t.occurredAt, t.workerId),
  ],
);
