import type { Actor } from '../../domain/accounts/actor';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { CourseView, EnrolmentRecord, StudentRecord } from './ports';
import { requireStudent } from './require-college-access';

export interface MyCourses {
  student: StudentRecord;
  enrolments: { enrolment: EnrolmentRecord; course: CourseView }[];
}

/** The student's own courses: places, waiting lists, offers, and what they gave up, newest first. */
export async function listMyCourses(deps: ServiceDeps, actor: Actor): Promise<MyCourses> {
  return deps.uow.read(async (repositories) => {
    const student = await requireStudent(repositories, actor);
    const enrolments = await repositories.college.listEnrolmentsForStudent(student.id);
    const courses = await repositories.college.listCourses({
      publishedOnly: false,
      courseIds: [...new Set(enrolments.map((e) => e.courseId))],
    });
    await recordAudit(repositories, actor, deps.now(), { action: 'college.my_courses.read' });
    return {
      student,
      enrolments: enrolments.reverse().flatMap((enrolment) => {
        const course = courses.find((c) => c.id === enrolment.courseId);
        return course ? [{ enrolment, course }] : [];
      }),
    };
  });
}
