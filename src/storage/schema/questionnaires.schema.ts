import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { ItemAnswer } from '../../domain/instruments';
import { instant } from './columns';

// Questionnaires the person fills in from their own account. Keyed by person, with no foreign key
// to another person's rows, so they can be distributed by person (ADR 0002).

/** Which questionnaire the care team asks a person for, and how often. */
export const questionnaireSchedule = pgTable(
  'questionnaire_schedule',
  {
    personId: uuid('person_id').notNull(),
    instrumentId: text('instrument_id').notNull(),
    everyDays: integer('every_days').notNull(),
    setByAccountId: uuid('set_by_account_id').notNull(),
    setAt: instant('set_at').notNull(),
    /** Set when the care team stops asking; setting the schedule again restarts it. */
    stoppedAt: instant('stopped_at'),
    stoppedByAccountId: uuid('stopped_by_account_id'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.instrumentId] })],
);

/**
 * One request to fill in a questionnaire (from the care team, or the person's own choice), with the
 * person's draft answers until they send it; then the response it became.
 */
export const questionnaireInvitation = pgTable(
  'questionnaire_invitation',
  {
    personId: uuid('person_id').notNull(),
    id: uuid('id').notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** 'care_team' (set by a schedule) or 'self' (the person chose to fill it in). */
    origin: text('origin').notNull(),
    createdByAccountId: uuid('created_by_account_id').notNull(),
    createdAt: instant('created_at').notNull(),
    draftAnswers: jsonb('draft_answers')
      .$type<ItemAnswer[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Goes up with every saved draft, so that two devices cannot overwrite each other's answers. */
    revision: integer('revision').notNull().default(0),
    draftSavedAt: instant('draft_saved_at'),
    /** The email announcing it (only when the person chose to be emailed), withdrawn if it is no longer waiting. */
    emailId: uuid('email_id'),
    responseId: uuid('response_id'),
    completedAt: instant('completed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    index('questionnaire_invitation_open_idx').on(t.personId, t.completedAt, t.dueOn),
  ],
);
