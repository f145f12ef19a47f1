import { isCoDelivered, STUDENT_KINDS, type StudentKind, type TrainerExperience } from './college-rules';

/**
 * The Recovery College's figures. Definitions (Tandem's own, written down in ADR 0039):
 * - enrolments: students with a place on a published course now;
 * - attendance: of the places on sessions whose register was marked, the share where the student came;
 * - completion: of enrolled students on a course whose sessions have all been marked, the share who came
 *   to at least `COMPLETION_SHARE` of its sessions;
 * - co-delivery: of the sessions marked as delivered, the share delivered by a peer and a practitioner
 *   trainer together (Toney et al., 2019, fidelity component "co-production": planned is not delivered).
 */
export const COMPLETION_SHARE = 2 / 3;

export interface CourseCounts {
  courseId: string;
  courseTitle: string;
  termId: string;
  termName: string;
  enrolled: number;
  sessionsPlanned: number;
  sessionsMarked: number;
  attendedMarks: number;
  possibleMarks: number;
  sessionsAttendedByStudent: readonly number[];
}

export interface CourseFigures {
  courseId: string;
  courseTitle: string;
  termId: string;
  termName: string;
  enrolled: number;
  sessionsPlanned: number;
  sessionsMarked: number;
  /** Share of marked places attended, or null before any register is marked. */
  attendance: number | null;
  /** Students who completed, or null until every session is marked. */
  completed: number | null;
  /** Share of enrolled students who completed, or null until every session is marked (or no one enrolled). */
  completion: number | null;
}

export interface CollegeFigures {
  courses: CourseFigures[];
  totals: { enrolled: number; attendance: number | null; completion: number | null };
  students: { kind: StudentKind; students: number; share: number | null }[];
  sessions: { delivered: number; coDelivered: number; share: number | null; notMarked: number };
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Whether a student who came to `attended` of `planned` sessions completed the course. */
export const hasCompleted = (attended: number, planned: number): boolean =>
  planned > 0 && attended >= Math.ceil(planned * COMPLETION_SHARE - 1e-9);

/** Works out the figures from the counts; `now` tells past sessions not yet marked as delivered. */
export function collegeFigures(
  source: {
    courses: readonly CourseCounts[];
    studentKinds: readonly { kind: StudentKind; students: number }[];
    sessions: readonly { startsAt: Date; deliveredBy: readonly TrainerExperience[] }[];
  },
  now: Date,
): CollegeFigures {
  const courses = source.courses.map((c): CourseFigures => {
    const allMarked = c.sessionsPlanned > 0 && c.sessionsMarked === c.sessionsPlanned;
    const completed = allMarked
      ? c.sessionsAttendedByStudent.filter((n) => hasCompleted(n, c.sessionsPlanned)).length
      : null;
    return {
      courseId: c.courseId,
      courseTitle: c.courseTitle,
      termId: c.termId,
      termName: c.termName,
      enrolled: c.enrolled,
      sessionsPlanned: c.sessionsPlanned,
      sessionsMarked: c.sessionsMarked,
      attendance: ratio(c.attendedMarks, c.possibleMarks),
      completed,
      completion: completed === null ? null : ratio(completed, c.enrolled),
    };
  });
  const finished = courses.filter((c) => c.completed !== null);
  const totalStudents = source.studentKinds.reduce((sum, k) => sum + k.students, 0);
  const delivered = source.sessions.filter((s) => s.deliveredBy.length > 0);
  const coDelivered = delivered.filter((s) => isCoDelivered(s.deliveredBy)).length;
  return {
    courses,
    totals: {
      enrolled: courses.reduce((sum, c) => sum + c.enrolled, 0),
      attendance: ratio(
        source.courses.reduce((sum, c) => sum + c.attendedMarks, 0),
        source.courses.reduce((sum, c) => sum + c.possibleMarks, 0),
      ),
      completion: ratio(
        finished.reduce((sum, c) => sum + (c.completed ?? 0), 0),
        finished.reduce((sum, c) => sum + c.enrolled, 0),
      ),
    },
    students: STUDENT_KINDS.map((kind) => {
      const students = source.studentKinds.find((k) => k.kind === kind)?.students ?? 0;
      return { kind, students, share: ratio(students, totalStudents) };
    }),
    sessions: {
      delivered: delivered.length,
      coDelivered,
      share: ratio(coDelivered, delivered.length),
      notMarked: source.sessions.filter((s) => s.deliveredBy.length === 0 && s.startsAt.getTime() <= now.getTime())
        .length,
    },
  };
}
