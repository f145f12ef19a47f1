import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ItemAnswer, ScoreResult, ScoringKey } from '../domain/instruments';

// Meetings, instrument responses and relationship feedback. Every table holding a person's data
// carries person_id, and none has a foreign key to another person's rows, so all of them can be
// distributed by person with the contacts they belong to (ADR 0002).

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One completion of an instrument about a person, with the scores computed when it was saved. */
export const instrumentResponse = pgTable(
  'instrument_response',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    /** What the response is for: 'meeting_ratings', 'person_feedback' or 'worker_feedback'. */
    purpose: text('purpose').notNull(),
    meetingId: uuid('meeting_id'),
    answers: jsonb('answers').$type<ItemAnswer[]>().notNull(),
    scores: jsonb('scores').$type<ScoreResult[]>().notNull(),
    completedAt: instant('completed_at').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id'),
    createdAt: createdAt(),
  },
  (t) => [index('instrument_response_person_idx').on(t.personId, t.instrumentId, t.completedAt)],
);

/** Item wording for a licensed instrument, loaded by a service that holds the rights. Not person data. */
export const instrumentWording = pgTable(
  'instrument_wording',
  {
    instrumentId: text('instrument_id').notNull(),
    version: text('version').notNull(),
    items: jsonb('items').$type<{ id: string; text: string }[]>().notNull(),
    /** Items per subscale and reverse-keyed items, for instruments whose assignment the service supplies. */
    scoringKey: jsonb('scoring_key').$type<ScoringKey>(),
    loadedAt: instant('loaded_at').notNull(),
    loadedByAccountId: uuid('loaded_by_account_id'),
  },
  (t) => [primaryKey({ columns: [t.instrumentId, t.version] })],
);

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
  (t) => [primaryKey({ columns: [t.personId, t.contactId] }), index('meeting_person_time_idx').on(t.personId, t.occurredAt)],
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
    index('meeting_action_open_idx').on(t.personId).where(sql`outcome is null`),
  ],
);

/** One side's feedback on one meeting, kept per relationship (person and worker). */
export const relationshipFeedback = pgTable(
  'relationship_feedback',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    workerId: uuid('worker_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    meetingOccurredAt: instant('meeting_occurred_at').notNull(),
    /** 'person' or 'worker'. */
    respondent: text('respondent').notNull(),
    /** The person's choice for this answer ('individual' or 'aggregate'); null for the worker's own view. */
    visibility: text('visibility'),
    /** The overall mean, kept beside the response so trends and alerts need no JSON. */
    score: doublePrecision('score'),
    responseId: uuid('response_id').notNull(),
    givenAt: instant('given_at').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('relationship_feedback_once_idx').on(t.personId, t.meetingId, t.workerId, t.respondent),
    index('relationship_feedback_worker_idx').on(t.workerId, t.personId),
  ],
);

/** The person's standing choice of who sees their feedback answers. */
export const feedbackPreference = pgTable('feedback_preference', {
  personId: uuid('person_id').primaryKey(),
  visibility: text('visibility').notNull(),
  updatedAt: instant('updated_at').notNull(),
  updatedByAccountId: uuid('updated_by_account_id'),
});
