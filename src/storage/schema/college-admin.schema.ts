import { date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';
import { collegeCourse, collegeSession, collegeTrainer } from './college.schema';

// Running the Recovery College: its rooms, who actually delivered each session, and the notes and
// co-production meetings behind each course. Like the rest of the college, no person_id: nothing here
// is about anyone's care.

/** A room or other place where sessions are held, with what a student needs to know to get in. */
export const collegeRoom = pgTable('college_room', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  capacity: integer('capacity').notNull(),
  accessibility: text('accessibility').notNull().default(''),
  /** Raised by every edit, so two people editing at once are told instead of overwriting. */
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
});

/** The trainers who actually delivered a session, marked on the day: planned is not delivered. */
export const collegeSessionDelivery = pgTable(
  'college_session_delivery',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => collegeSession.id),
    trainerId: uuid('trainer_id')
      .notNull()
      .references(() => collegeTrainer.id),
    markedByAccountId: uuid('marked_by_account_id').notNull(),
    markedAt: instant('marked_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.trainerId] }),
    index('college_session_delivery_trainer_idx').on(t.trainerId),
  ],
);

/** Who took part in a co-production meeting, and whether they brought lived experience. */
export interface DesignParticipant {
  name: string;
  hasLivedExperience: boolean;
}

/** A design note on a course, or the record of a co-production meeting (with who took part). */
export const collegeDesignNote = pgTable(
  'college_design_note',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => collegeCourse.id),
    kind: text('kind').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    participants: jsonb('participants').$type<DesignParticipant[]>().notNull(),
    notes: text('notes').notNull(),
    writtenByAccountId: uuid('written_by_account_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('college_design_note_course_idx').on(t.courseId, t.heldOn)],
);

/**
 * The college's fidelity self-assessment (instrument `recovery-college-fidelity`): its seven component
 * ratings 0–2 in the instrument's order, and the total the instrument engine scored.
 */
export const collegeFidelityAssessment = pgTable(
  'college_fidelity_assessment',
  {
    id: uuid('id').primaryKey(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    assessors: text('assessors').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    ratings: jsonb('ratings').$type<number[]>().notNull(),
    total: integer('total').notNull(),
    notes: text('notes').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('college_fidelity_assessment_on_idx').on(t.assessedOn)],
);
