import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';

// Meetings: the structured contacts, the areas talked about and the actions agreed.

/** A meeting is a structured contact: keyed by the person and the contact it extends. */
export const meeting = pgTable(
  'meeting',
  {
    personId: uuid('person_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    /** The worker who led and recorded the meeting. */
    leadWorkerId: uuid('lead_worker_id').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    ratingsResponseId: uuid('ratings_response_id'),
    recordedByAccountId: uuid('recorded_by_account_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.contactId] }),
    index('meeting_person_time_idx').on(t.personId, t.occurredAt),
  ],
);

/** An area the person chose to talk about, with the worker's short notes for each of the four steps. */
export const meetingArea = pgTable(
  'meeting_area',
  {
    personId: uuid('person_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    position: integer('position').notNull(),
    areaId: text('area_id').notNull(),
    understanding: text('understanding'),
    lookingForward: text('looking_forward'),
    exploringOptions: text('exploring_options'),
    agreeingActions: text('agreeing_actions'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.meetingId, t.position] })],
);

/** An action agreed at a meeting; open until the next meeting marks it done or not done. */
export const meetingAction = pgTable(
  'meeting_action',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    areaId: text('area_id'),
    owner: text('owner').notNull(),
    ownerName: text('owner_name'),
    description: text('description').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    outcome: text('outcome'),
    reviewedInMeetingId: uuid('reviewed_in_meeting_id'),
    reviewedAt: instant('reviewed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('meeting_action_person_meeting_idx').on(t.personId, t.meetingId),
    index('meeting_action_open_idx')
      .on(t.personId)
      .where(sql`outcome is null`),
  ],
);
