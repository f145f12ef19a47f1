import type { Actor } from '../../domain/accounts/actor';
import { PLACE_HOLDING_STATUSES } from '../../domain/college/college-rules';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import { offerFreedPlaces } from './offer-freed-places';
import type { CourseRecord, EnrolmentRecord } from './ports';
import { requireStudent } from './require-college-access';

/**
 * Gives the student a place on a published course, or a place on its waiting list when it is full.
 * The course is locked first, so when two students take the last place at once exactly one gets it
 * and the other is put on the waiting list.
 */
export async function enrolOnCourse(deps: ServiceDeps, courseId: string, actor: Actor): Promise<EnrolmentRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const student = await requireStudent(repositories, actor);
    const course = await lockPublishedCourse(repositories, courseId);
    await requireNotFinished(repositories, course, now);
    await offerFreedPlaces(repositories, deps, course, now);
    const live = await repositories.college.findLiveEnrolment(course.id, student.id);
    if (live) {
      throw new AppError(
        'conflict',
        live.status === 'waiting'
          ? 'You are already on the waiting list for this course.'
          : 'You already have a place on this course.',
        { enrolmentId: live.id },
      );
    }
    const held = (await repositories.college.listEnrolmentsForCourse(course.id, PLACE_HOLDING_STATUSES)).length;
    const enrolment: EnrolmentRecord = {
      id: newId(),
      courseId: course.id,
      studentId: student.id,
      status: held < course.capacity ? 'enrolled' : 'waiting',
      queuedAt: now,
      offerExpiresAt: null,
      endedAt: null,
      updatedAt: now,
    };
    await repositories.college.createEnrolment(enrolment);
    await recordAudit(repositories, actor, now, {
      action: enrolment.status === 'enrolled' ? 'college.enrolment.create' : 'college.waiting_list.join',
      detail: { courseId: course.id, enrolmentId: enrolment.id },
    });
    return enrolment;
  });
}

/** The course, locked for this transaction; a draft is as unknown to students as a missing course. */
export async function lockPublishedCourse(repositories: Repositories, courseId: string): Promise<CourseRecord> {
  const course = await repositories.college.lockCourse(courseId);
  if (!course || course.status !== 'published') throw new AppError('not_found', 'There is no course with that id.');
  return course;
}

async function requireNotFinished(repositories: Repositories, course: CourseRecord, now: Date): Promise<void> {
  const [view] = await repositories.college.listCourses({ publishedOnly: true, courseIds: [course.id] });
  const last = view?.sessions.at(-1);
  if (last && last.startsAt.getTime() <= now.getTime()) {
    throw new AppError('conflict', 'The last session of this course has already started, so it is too late to join.');
  }
}
