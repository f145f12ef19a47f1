import { doublePrecision, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';

// Relationship feedback on meetings, and each person's choice of who sees it.

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
