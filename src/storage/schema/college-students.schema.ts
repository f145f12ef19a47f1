import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { collegeCourse, collegeStudent } from './college.schema';
import { createdAt, instant } from './columns';

// The students' side of the Recovery College: each student's learning plan (their own goals, the
// courses for each, an optional link to a goal in their care plan) with their choice to share it with
// their care team, and their feedback on courses. Like the rest of the college, no person_id: a
// student who is also a service user is found through their account (ADR 0040).

/** The student's choice to share their college life with their care team; no row means not shared. */
export const collegeLearningPlan = pgTable('college_learning_plan', {
  studentId: uuid('student_id')
    .primaryKey()
    .references(() => collegeStudent.id),
  sharesWithCareTeam: boolean('shares_with_care_team').notNull().default(false),
  sharingChangedAt: instant('sharing_changed_at').notNull(),
});

/** One learning goal, in the student's words, with the courses that serve it. */
export const collegeLearningGoal = pgTable(
  'college_learning_goal',
  {
    id: uuid('id').primaryKey(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => collegeStudent.id),
    text: text('text').notNull(),
    courseIds: jsonb('course_ids').$type<string[]>().notNull(),
    /** The care-plan section the linked goal is written in, and the goal's words as they were when linked. */
    carePlanSectionKey: text('care_plan_section_key'),
    carePlanGoal: text('care_plan_goal'),
    /** Raised by every edit, so an edit made from an older copy is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull(),
    removedAt: instant('removed_at'),
  },
  (t) => [index('college_learning_goal_student_idx').on(t.studentId)],
);

/** A student's feedback on a course they attended: one per student and course. */
export const collegeCourseFeedback = pgTable(
  'college_course_feedback',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => collegeCourse.id),
    studentId: uuid('student_id')
      .notNull()
      .references(() => collegeStudent.id),
    /** 1 (not helpful) to 5 (very helpful). */
    rating: integer('rating').notNull(),
    comment: text('comment').notNull(),
    /** The student chose that the trainers never see who wrote it. */
    isAnonymous: boolean('is_anonymous').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('college_course_feedback_student_idx').on(t.courseId, t.studentId)],
);
