import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns';

// The Recovery College: terms, co-produced courses and their sessions, the peer and practitioner
// trainers who deliver them, students (an account's life as a learner, not a service-user record),
// enrolments with their waiting list, and attendance. Students are not people in the care record, so
// these tables carry no person_id; a student who is also a service user is linked by account only.

export const collegeTerm = pgTable('college_term', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  createdAt: createdAt(),
  /** Raised on every change, so two people changing a term at once are told (409). */
  version: integer('version').notNull().default(1),
});

/** Someone who delivers courses: a peer trainer brings lived experience, a practitioner professional experience. */
export const collegeTrainer = pgTable(
  'college_trainer',
  {
    id: uuid('id').primaryKey(),
    /** Only the first name is ever shown to the public. */
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    experience: text('experience').notNull(),
    /** The account the trainer signs in with to see their sessions and registers; optional. */
    accountId: uuid('account_id'),
    createdAt: createdAt(),
    /** A college lead runs the college (terms, rooms, courses, publishing) as an administrator does. */
    isLead: boolean('is_lead').notNull().default(false),
    /** Raised on every change, so two people changing a trainer at once are told (409). */
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('college_trainer_account_idx').on(t.accountId)],
);

export const collegeCourse = pgTable(
  'college_course',
  {
    id: uuid('id').primaryKey(),
    termId: uuid('term_id')
      .notNull()
      .references(() => collegeTerm.id),
    title: text('title').notNull(),
    /** What you will learn. */
    summary: text('summary').notNull(),
    /** Who it is for. */
    audience: text('audience').notNull(),
    accessibility: text('accessibility').notNull().default(''),
    /** Who designed the course (co-production), in the college's words. */
    designedBy: text('designed_by').notNull(),
    capacity: integer('capacity').notNull(),
    status: text('status').notNull().default('draft'),
    /** Raised by every edit, so two people editing at once are told instead of overwriting. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('college_course_term_idx').on(t.termId, t.status)],
);

export const collegeSession = pgTable(
  'college_session',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => collegeCourse.id),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    /** A room and address, or how to join online. */
    place: text('place').notNull(),
    isOnline: boolean('is_online').notNull().default(false),
    /** Set when the session's reminder email has been queued, so it is sent once. */
    reminderQueuedAt: instant('reminder_queued_at'),
    createdAt: createdAt(),
    /** The college room it is held in, when it is held in one of the college's rooms. */
    roomId: uuid('room_id'),
  },
  (t) => [index('college_session_course_idx').on(t.courseId, t.startsAt)],
);

export const collegeSessionTrainer = pgTable(
  'college_session_trainer',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => collegeSession.id),
    trainerId: uuid('trainer_id')
      .notNull()
      .references(() => collegeTrainer.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.trainerId] }), index('college_session_trainer_idx').on(t.trainerId)],
);

/** An account's life as a learner. Kind is the student's own answer, for the college's figures. */
export const collegeStudent = pgTable(
  'college_student',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('college_student_account_idx').on(t.accountId)],
);

/**
 * A student's place on a course, or their place in its queue. One live row (enrolled, waiting or
 * offered) per student and course; cancelled and lapsed rows stay as history.
 */
export const collegeEnrolment = pgTable(
  'college_enrolment',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => collegeCourse.id),
    studentId: uuid('student_id')
      .notNull()
      .references(() => collegeStudent.id),
    status: text('status').notNull(),
    /** When the student joined the waiting list (or enrolled): the queue's order. */
    queuedAt: instant('queued_at').notNull(),
    offerExpiresAt: instant('offer_expires_at'),
    endedAt: instant('ended_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('college_enrolment_live_idx')
      .on(t.courseId, t.studentId)
      .where(sql`${t.status} in ('enrolled', 'waiting', 'offered')`),
    index('college_enrolment_course_idx').on(t.courseId, t.status, t.queuedAt),
    index('college_enrolment_student_idx').on(t.studentId),
  ],
);

export const collegeAttendance = pgTable(
  'college_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => collegeSession.id),
    studentId: uuid('student_id')
      .notNull()
      .references(() => collegeStudent.id),
    attended: boolean('attended').notNull(),
    markedByAccountId: uuid('marked_by_account_id').notNull(),
    markedAt: instant('marked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.studentId] })],
);
