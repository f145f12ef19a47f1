import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { CollegeStudentsRepository, CourseFeedbackRecord } from '../services/college/student-ports';
import type { Database } from './database';
import { account } from './schema/accounts.schema';
import { collegeAttendance, collegeSession, collegeStudent } from './schema/college.schema';
import { collegeCourseFeedback, collegeLearningGoal, collegeLearningPlan } from './schema/college-students.schema';

const goalColumns = {
  id: collegeLearningGoal.id,
  studentId: collegeLearningGoal.studentId,
  text: collegeLearningGoal.text,
  courseIds: collegeLearningGoal.courseIds,
  carePlanSectionKey: collegeLearningGoal.carePlanSectionKey,
  carePlanGoal: collegeLearningGoal.carePlanGoal,
  version: collegeLearningGoal.version,
  updatedAt: collegeLearningGoal.updatedAt,
};

const feedbackColumns = {
  id: collegeCourseFeedback.id,
  courseId: collegeCourseFeedback.courseId,
  studentId: collegeCourseFeedback.studentId,
  rating: collegeCourseFeedback.rating,
  comment: collegeCourseFeedback.comment,
  isAnonymous: collegeCourseFeedback.isAnonymous,
  createdAt: collegeCourseFeedback.createdAt,
};

/** Learning plans, sharing, a student's attendance and course feedback, on PGlite or PostgreSQL. */
export function createCollegeStudentsRepository(db: Database): CollegeStudentsRepository {
  return {
    findSharing: async (studentId) => {
      const [row] = await db
        .select({ shares: collegeLearningPlan.sharesWithCareTeam })
        .from(collegeLearningPlan)
        .where(eq(collegeLearningPlan.studentId, studentId));
      return row?.shares ?? false;
    },
    setSharing: async (studentId, sharesWithCareTeam, at) => {
      await db
        .insert(collegeLearningPlan)
        .values({ studentId, sharesWithCareTeam, sharingChangedAt: at })
        .onConflictDoUpdate({
          target: collegeLearningPlan.studentId,
          set: { sharesWithCareTeam, sharingChangedAt: at },
        });
    },
    listGoals: async (studentId) =>
      db
        .select(goalColumns)
        .from(collegeLearningGoal)
        .where(and(eq(collegeLearningGoal.studentId, studentId), isNull(collegeLearningGoal.removedAt)))
        .orderBy(asc(collegeLearningGoal.createdAt), asc(collegeLearningGoal.id)),
    findGoal: async (id) => {
      const [row] = await db
        .select(goalColumns)
        .from(collegeLearningGoal)
        .where(and(eq(collegeLearningGoal.id, id), isNull(collegeLearningGoal.removedAt)));
      return row ?? null;
    },
    createGoal: async (goal) => {
      await db.insert(collegeLearningGoal).values(goal);
    },
    updateGoal: async (goal, expectedVersion) => {
      const rows = await db
        .update(collegeLearningGoal)
        .set({
          text: goal.text,
          courseIds: goal.courseIds,
          carePlanSectionKey: goal.carePlanSectionKey,
          carePlanGoal: goal.carePlanGoal,
          updatedAt: goal.updatedAt,
          version: sql`${collegeLearningGoal.version} + 1`,
        })
        .where(
          and(
            eq(collegeLearningGoal.id, goal.id),
            eq(collegeLearningGoal.version, expectedVersion),
            isNull(collegeLearningGoal.removedAt),
          ),
        )
        .returning({ id: collegeLearningGoal.id });
      return rows.length === 1;
    },
    removeGoal: async (id, expectedVersion, at) => {
      const rows = await db
        .update(collegeLearningGoal)
        .set({ removedAt: at })
        .where(
          and(
            eq(collegeLearningGoal.id, id),
            eq(collegeLearningGoal.version, expectedVersion),
            isNull(collegeLearningGoal.removedAt),
          ),
        )
        .returning({ id: collegeLearningGoal.id });
      return rows.length === 1;
    },
    findStudentOfPerson: async (personId) => {
      const [row] = await db
        .select({ id: collegeStudent.id, accountId: collegeStudent.accountId })
        .from(collegeStudent)
        .innerJoin(account, eq(account.id, collegeStudent.accountId))
        .where(and(eq(account.personId, personId), eq(account.role, 'service_user')))
        .orderBy(asc(collegeStudent.createdAt))
        .limit(1);
      return row ?? null;
    },
    listAttendance: async (courseId, studentId) => {
      const rows = await db
        .select({
          sessionId: collegeSession.id,
          startsAt: collegeSession.startsAt,
          attended: collegeAttendance.attended,
        })
        .from(collegeSession)
        .leftJoin(
          collegeAttendance,
          and(eq(collegeAttendance.sessionId, collegeSession.id), eq(collegeAttendance.studentId, studentId)),
        )
        .where(eq(collegeSession.courseId, courseId))
        .orderBy(asc(collegeSession.startsAt), asc(collegeSession.id));
      return rows.map((r) => ({ ...r, attended: r.attended ?? null }));
    },
    createFeedback: async (feedback) => {
      await db.insert(collegeCourseFeedback).values(feedback);
    },
    findFeedback: async (courseId, studentId) => {
      const [row] = await db
        .select(feedbackColumns)
        .from(collegeCourseFeedback)
        .where(and(eq(collegeCourseFeedback.courseId, courseId), eq(collegeCourseFeedback.studentId, studentId)));
      return row ?? null;
    },
    listFeedback: async (courseId): Promise<(CourseFeedbackRecord & { studentName: string })[]> =>
      db
        .select({ ...feedbackColumns, studentName: collegeStudent.name })
        .from(collegeCourseFeedback)
        .innerJoin(collegeStudent, eq(collegeStudent.id, collegeCourseFeedback.studentId))
        .where(eq(collegeCourseFeedback.courseId, courseId))
        .orderBy(asc(collegeCourseFeedback.createdAt), asc(collegeCourseFeedback.id)),
  };
}
