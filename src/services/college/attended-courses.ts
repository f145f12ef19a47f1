import type { Actor } from '../../domain/accounts/actor';
import { hasAttended } from '../../domain/college/student-life';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import type { CourseView, StudentRecord } from './ports';
import { requireStudent } from './require-college-access';

/** A course the student had a place on, with how many of its sessions they were marked present at. */
export interface AttendedCourse {
  course: CourseView;
  sessions: number;
  attended: number;
  attendedSessions: Date[];
  hasAttended: boolean;
  hasGivenFeedback: boolean;
}

/** The courses the student had a place on, with their attendance: for certificates and feedback. */
export async function listAttendedCourses(deps: ServiceDeps, actor: Actor): Promise<AttendedCourse[]> {
  return deps.uow.read(async (repositories) => {
    const student = await requireStudent(repositories, actor);
    const enrolments = await repositories.college.listEnrolmentsForStudent(student.id);
    const courseIds = [...new Set(enrolments.map((e) => e.courseId))];
    const result: AttendedCourse[] = [];
    for (const courseId of courseIds) {
      const course = await attendanceOf(repositories, courseId, student);
      if (course) result.push(course);
    }
    await recordAudit(repositories, actor, deps.now(), { action: 'college.attendance.read' });
    return result;
  });
}

/** One course and the student's attendance at it; null when there is no such course. */
export async function attendanceOf(
  repositories: Repositories,
  courseId: string,
  student: StudentRecord,
): Promise<AttendedCourse | null> {
  const [course] = await repositories.college.listCourses({ publishedOnly: false, courseIds: [courseId] });
  if (!course) return null;
  const marks = await repositories.collegeStudents.listAttendance(courseId, student.id);
  const attendedSessions = marks.filter((m) => m.attended === true).map((m) => m.startsAt);
  const counts = { sessions: marks.length, attended: attendedSessions.length };
  return {
    course,
    ...counts,
    attendedSessions,
    hasAttended: hasAttended(counts),
    hasGivenFeedback: (await repositories.collegeStudents.findFeedback(courseId, student.id)) !== null,
  };
}
