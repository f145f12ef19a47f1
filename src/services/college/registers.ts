import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import type { RegisterLine, SessionRecord } from './ports';
import { requireCollegeAccess } from './require-college-access';

export interface TrainerSession extends Omit<SessionRecord, 'trainerIds'> {
  courseTitle: string;
}

/** The sessions the signed-in trainer delivers, in time order. */
export async function listTrainerSessions(deps: ServiceDeps, actor: Actor): Promise<TrainerSession[]> {
  return deps.uow.read(async (repositories) => {
    const trainer = await repositories.college.findTrainerByAccount(actor.accountId);
    if (!trainer) throw new AppError('forbidden', 'Only the college’s trainers have sessions to deliver.');
    const sessions = await repositories.college.listSessionsForTrainer(trainer.id);
    const courses = await repositories.college.listCourses({
      publishedOnly: false,
      courseIds: [...new Set(sessions.map((s) => s.courseId))],
    });
    return sessions.map(({ trainerIds: _trainerIds, ...session }) => ({
      ...session,
      courseTitle: courses.find((c) => c.id === session.courseId)?.title ?? '',
    }));
  });
}

/** A session's register: the students with a place on its course, and whether each came. */
export async function getRegister(
  deps: ServiceDeps,
  sessionId: string,
  actor: Actor,
): Promise<{ session: TrainerSession; students: RegisterLine[] }> {
  return deps.uow.run(async (repositories) => {
    const session = await loadSession(repositories, sessionId, actor, 'read_register');
    const students = await repositories.college.listRegister(session.id, session.courseId);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.register.read',
      detail: { sessionId: session.id, courseId: session.courseId },
    });
    return { session, students };
  });
}

/**
 * Marks who came to a session. Only students with a place on the course can be marked, and only
 * once the session's day has come; marking again changes the mark.
 */
export async function markAttendance(
  deps: ServiceDeps,
  input: { sessionId: string; marks: { studentId: string; attended: boolean }[] },
  actor: Actor,
): Promise<RegisterLine[]> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const session = await loadSession(repositories, input.sessionId, actor, 'mark_attendance');
    if (session.startsAt.toISOString().slice(0, 10) > now.toISOString().slice(0, 10))
      throw new AppError('bad_request', 'Attendance can be marked from the day of the session.', { field: 'marks' });
    const register = await repositories.college.listRegister(session.id, session.courseId);
    const known = new Set(register.map((line) => line.studentId));
    const stranger = input.marks.find((mark) => !known.has(mark.studentId));
    if (stranger)
      throw new AppError('bad_request', 'One of the students marked has no place on this course.', {
        field: 'marks',
        studentId: stranger.studentId,
      });
    await repositories.college.setAttendance(
      input.marks.map((mark) => ({
        ...mark,
        sessionId: session.id,
        markedByAccountId: actor.accountId,
        markedAt: now,
      })),
    );
    await recordAudit(repositories, actor, now, {
      action: 'college.attendance.mark',
      detail: { sessionId: session.id, marked: input.marks.length },
    });
    return repositories.college.listRegister(session.id, session.courseId);
  });
}

async function loadSession(
  repositories: Repositories,
  sessionId: string,
  actor: Actor,
  action: 'read_register' | 'mark_attendance',
): Promise<TrainerSession> {
  const session = await repositories.college.findSession(sessionId);
  if (!session) throw new AppError('not_found', 'There is no session with that id.');
  await requireCollegeAccess(repositories, actor, action, session.trainerIds);
  const course = await repositories.college.findCourse(session.courseId);
  const { trainerIds: _trainerIds, ...rest } = session;
  return { ...rest, courseTitle: course?.title ?? '' };
}
