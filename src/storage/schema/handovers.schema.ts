import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';

// Planned changes of care coordinator: shared with the person ahead of the day, not a silent reassignment.

/**
 * A change of care coordinator planned ahead: when it was planned (the person's notice), the
 * reason, the day, the new worker, the outgoing worker's note and the person's own words, the
 * joint meeting with both workers, and whether it was completed or cancelled.
 */
export const handover = pgTable(
  'handover',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    /** The coordinator handing over, when there is one. */
    fromWorkerId: uuid('from_worker_id'),
    toWorkerId: uuid('to_worker_id').notNull(),
    reason: text('reason').notNull(),
    handoverOn: date('handover_on', { mode: 'string' }).notNull(),
    plannedAt: instant('planned_at').notNull(),
    plannedByName: text('planned_by_name').notNull(),
    workerNote: text('worker_note'),
    /** "What I want my new worker to know", in the person's words. */
    personNote: text('person_note'),
    personNoteAt: instant('person_note_at'),
    /** 'offered', 'held', 'declined' (by the person) or 'not_held'. */
    jointMeeting: text('joint_meeting').notNull().default('offered'),
    jointMeetingOn: date('joint_meeting_on', { mode: 'string' }),
    /** 'planned', 'completed' or 'cancelled'. */
    status: text('status').notNull().default('planned'),
    closedAt: instant('closed_at'),
    /** The care-coordinator membership the completed handover started. */
    startedMembershipId: uuid('started_membership_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('handover_person_idx').on(t.personId, t.handoverOn),
    index('handover_from_worker_idx').on(t.fromWorkerId, t.status),
    // One planned handover per person at a time (the service also checks, with a clear message).
    uniqueIndex('handover_one_planned_idx')
      .on(t.personId)
      .where(sql`status = 'planned'`),
  ],
);
