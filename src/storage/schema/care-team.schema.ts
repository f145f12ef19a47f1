import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { worker } from './organisation.schema';
import { createdAt } from './columns';

// The relationship record: who is in a person's care team, in which role, and when.

/** The relationship record: who is in a person's care team, in which role, over which half-open period. */
export const careTeamMembership = pgTable(
  'care_team_membership',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => worker.id),
    role: text('role').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    endReason: text('end_reason'),
    endNote: text('end_note'),
    handoverNote: text('handover_note'),
    createdAt: createdAt(),
    /** When the membership last changed (ended), by the database's clock, so a bulk export `_since` sends it again (ADR 0055). */
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('membership_person_idx').on(t.personId, t.startsOn),
    index('membership_worker_idx').on(t.workerId, t.endsOn),
    // At most one open care-coordinator membership per person (the service also checks, with a clear message).
    uniqueIndex('membership_one_open_coordinator_idx')
      .on(t.personId)
      .where(sql`role = 'care_coordinator' and ends_on is null`),
    // Continuity analytics read every care coordinator's spells by person from this index alone
    // (ADR 0050): the other roles, most of the table, are left out.
    index('membership_coordinator_idx')
      .on(t.personId, t.startsOn, t.endsOn, t.workerId)
      .where(sql`role = 'care_coordinator'`),
  ],
);
