import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { CourseRecord } from './ports';
import { requireCollegeAccess } from './require-college-access';

export type CourseFields = Pick<
  CourseRecord,
  'termId' | 'title' | 'summary' | 'audience' | 'accessibility' | 'designedBy' | 'capacity'
>;

/** Drafts a course; it is published once every session has a peer and a practitioner trainer. */
export async function createCourse(deps: ServiceDeps, input: CourseFields, actor: Actor): Promise<CourseRecord> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    if (!(await repositories.college.findTerm(input.termId)))
      throw new AppError('bad_request', 'There is no term with that id.', { field: 'termId' });
    const course: CourseRecord = { id: newId(), ...trimmed(input), status: 'draft', version: 1 };
    await repositories.college.createCourse(course);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.course.create',
      detail: { courseId: course.id },
    });
    return course;
  });
}

/** Changes a course's words or places; refuses with 409 and the current course if someone changed it first. */
export async function updateCourse(
  deps: ServiceDeps,
  input: { courseId: string; version: number; fields: Omit<CourseFields, 'termId'> },
  actor: Actor,
): Promise<CourseRecord> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const current = await repositories.college.lockCourse(input.courseId);
    if (!current) throw new AppError('not_found', 'There is no course with that id.');
    if (current.version !== input.version) {
      throw new AppError(
        'conflict',
        'Someone else changed this course while you were editing it. Their version is shown.',
        {
          current,
        },
      );
    }
    const next: CourseRecord = { ...current, ...trimmed({ ...input.fields, termId: current.termId }) };
    if (!(await repositories.college.updateCourse(next, input.version)))
      throw new AppError('conflict', 'Someone else changed this course while you were editing it.');
    const now = deps.now();
    await repositories.college.touchEnrolments({ courseId: current.id }, now);
    await recordAudit(repositories, actor, now, {
      action: 'college.course.update',
      detail: { courseId: current.id },
    });
    return { ...next, version: input.version + 1 };
  });
}

const trimmed = (input: CourseFields): CourseFields => ({
  ...input,
  title: input.title.trim(),
  summary: input.summary.trim(),
  audience: input.audience.trim(),
  accessibility: input.accessibility.trim(),
  designedBy: input.designedBy.trim(),
});
