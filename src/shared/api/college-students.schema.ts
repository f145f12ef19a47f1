import { z } from 'zod';
import { STUDENT_LIMITS } from '../../domain/college/student-life';
import { text } from './text.schema';

// The students' side of the Recovery College: learning goals, sharing them with the care team, and
// feedback on a course.

const goalFields = {
  text: text()
    .trim()
    .min(1, 'Write the goal in a few words.')
    .max(STUDENT_LIMITS.maxGoalLength, `At most ${STUDENT_LIMITS.maxGoalLength} characters.`),
  courseIds: z
    .array(z.uuid({ error: 'That is not a valid course.' }))
    .max(STUDENT_LIMITS.maxCoursesPerGoal, `At most ${STUDENT_LIMITS.maxCoursesPerGoal} courses for one goal.`)
    .default([]),
  carePlanLink: z
    .object({
      sectionKey: text().max(40, 'That is not a section of a care plan.'),
      goal: text().trim().min(1, 'Choose a goal from your care plan.').max(10_000),
    })
    .nullable()
    .default(null),
};

export const learningGoalBody = z.object(goalFields);

export const updateLearningGoalBody = z.object({
  version: z.number({ error: 'Give the version you started from.' }).int().min(1),
  ...goalFields,
});

export const removeLearningGoalQuery = z.object({
  version: z.coerce.number({ error: 'Give the version you started from.' }).int().min(1),
});

export const collegeSharingBody = z.object({
  sharesWithCareTeam: z.boolean({ error: 'Say whether to share with your care team.' }),
});

export const courseFeedbackBody = z.object({
  rating: z
    .number({ error: 'Choose how helpful the course was, from 1 to 5.' })
    .int('Choose how helpful the course was, from 1 to 5.')
    .min(STUDENT_LIMITS.ratingMin, 'Choose how helpful the course was, from 1 to 5.')
    .max(STUDENT_LIMITS.ratingMax, 'Choose how helpful the course was, from 1 to 5.'),
  comment: text()
    .trim()
    .max(
      STUDENT_LIMITS.maxFeedbackLength,
      `At most ${STUDENT_LIMITS.maxFeedbackLength.toLocaleString('en-GB')} characters.`,
    )
    .default(''),
  isAnonymous: z.boolean({ error: 'Say whether the trainers may see your name.' }),
});

export type LearningGoalBody = z.input<typeof learningGoalBody>;
export type UpdateLearningGoalBody = z.input<typeof updateLearningGoalBody>;
export type CourseFeedbackBody = z.input<typeof courseFeedbackBody>;
