import type { Actor } from '../../domain/accounts/actor';
import { summariseCourseFeedback, type CourseFeedbackSummary } from '../../domain/college/student-life';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CourseView } from './ports';
import { requireCollegeAccess } from './require-college-access';

export interface FeedbackCourse {
  course: CourseView;
  responses: number;
}

/** The courses whose feedback the actor may read: a trainer's own courses, or every course for an administrator. */
export async function listFeedbackCourses(deps: ServiceDeps, actor: Actor): Promise<FeedbackCourse[]> {
  return deps.uow.read(async (repositories) => {
    const trainer = await repositories.college.findTrainerByAccount(actor.accountId);
    if (actor.role !== 'admin' && !trainer)
      throw new AppError('forbidden', 'Only the college’s trainers and administrators see course feedback.');
    const courseIds =
      actor.role === 'admin' || !trainer
        ? undefined
        : [...new Set((await repositories.college.listSessionsForTrainer(trainer.id)).map((s) => s.courseId))];
    const courses =
      courseIds?.length === 0 ? [] : await repositories.college.listCourses({ publishedOnly: false, courseIds });
    const result: FeedbackCourse[] = [];
    for (const course of courses)
      result.push({ course, responses: (await repositories.collegeStudents.listFeedback(course.id)).length });
    return result;
  });
}

/** What students said of a course, as its trainers may see it: anonymous answers never alone. */
export async function readCourseFeedback(
  deps: ServiceDeps,
  courseId: string,
  actor: Actor,
): Promise<{ course: CourseView; summary: CourseFeedbackSummary }> {
  return deps.uow.run(async (repositories) => {
    const [course] = await repositories.college.listCourses({ publishedOnly: false, courseIds: [courseId] });
    if (!course) throw new AppError('not_found', 'There is no course with that id.');
    const trainerIds = [...new Set(course.sessions.flatMap((s) => s.trainers.map((t) => t.id)))];
    await requireCollegeAccess(repositories, actor, 'read_course_feedback', trainerIds);
    const entries = await repositories.collegeStudents.listFeedback(course.id);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.feedback.read',
      detail: { courseId: course.id },
    });
    return {
      course,
      summary: summariseCourseFeedback(
        entries.map((e) => ({
          rating: e.rating,
          comment: e.comment,
          isAnonymous: e.isAnonymous,
          studentName: e.studentName,
          givenAt: e.createdAt,
        })),
      ),
    };
  });
}
