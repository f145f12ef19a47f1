import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { attendanceOf } from './attended-courses';
import { requireStudent } from './require-college-access';
import type { CourseFeedbackRecord } from './student-ports';

/**
 * A student's short feedback on a course they attended, once. When the student chooses, the
 * trainers never see who wrote it (see summariseCourseFeedback for how small numbers are kept hidden).
 */
export async function giveCourseFeedback(
  deps: ServiceDeps,
  input: { courseId: string; rating: number; comment: string; isAnonymous: boolean },
  actor: Actor,
): Promise<CourseFeedbackRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const student = await requireStudent(repositories, actor);
    const attendance = await attendanceOf(repositories, input.courseId, student);
    if (!attendance) throw new AppError('not_found', 'There is no course with that id.');
    if (!attendance.hasAttended)
      throw new AppError('conflict', 'Feedback is for courses you attended: at least half of their sessions.');
    if (attendance.hasGivenFeedback)
      throw new AppError('conflict', 'You have already given feedback on this course. Thank you.');
    const feedback: CourseFeedbackRecord = {
      id: newId(),
      courseId: input.courseId,
      studentId: student.id,
      rating: input.rating,
      comment: input.comment.trim(),
      isAnonymous: input.isAnonymous,
      createdAt: now,
    };
    await repositories.collegeStudents.createFeedback(feedback);
    await recordAudit(repositories, actor, now, {
      action: 'college.feedback.give',
      // Who wrote anonymous feedback stays out of the audit detail a trainer could read elsewhere.
      detail: { courseId: input.courseId, feedbackId: feedback.id },
    });
    return feedback;
  });
}
