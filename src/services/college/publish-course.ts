import type { Actor } from '../../domain/accounts/actor';
import { publishProblem } from '../../domain/college/college-rules';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CourseView } from './ports';
import { requireCollegeAccess } from './require-college-access';

/** Publishes a course to the prospectus, if it is co-produced and every session co-delivered. */
export async function publishCourse(deps: ServiceDeps, courseId: string, actor: Actor): Promise<CourseView> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const course = await repositories.college.lockCourse(courseId);
    if (!course) throw new AppError('not_found', 'There is no course with that id.');
    const [view] = await repositories.college.listCourses({ publishedOnly: false, courseIds: [courseId] });
    if (!view) throw new Error('A course just locked could not be read back.');
    const problem = publishProblem(
      course,
      view.sessions.map((s) => ({ startsAt: s.startsAt, trainerExperiences: s.trainers.map((t) => t.experience) })),
    );
    if (problem) throw new AppError('conflict', problem, { field: 'status' });
    if (course.status !== 'published') {
      await repositories.college.updateCourse({ ...course, status: 'published' }, course.version);
      await recordAudit(repositories, actor, deps.now(), {
        action: 'college.course.publish',
        detail: { courseId },
      });
    }
    return {
      ...view,
      status: 'published',
      version: course.status === 'published' ? course.version : course.version + 1,
    };
  });
}
