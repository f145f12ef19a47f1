import { collegeReminderEmail } from '../../domain/notifications/college-emails';
import { queueEmail } from '../email/queue-email';
import type { ServiceDeps } from '../ports';

/** How far ahead a session's reminder goes out. */
export const REMINDER_HOURS_AHEAD = 24;

/**
 * Emails every student with a place a reminder of each session starting within the next day, once
 * per session, in one transaction with the mark that it was sent. The server runs this every few
 * minutes; returns how many reminders it queued.
 */
export async function queueSessionReminders(deps: ServiceDeps): Promise<number> {
  if (!deps.emailEnabled) return 0;
  const now = deps.now();
  const until = new Date(now.getTime() + REMINDER_HOURS_AHEAD * 3_600_000);
  return deps.uow.run(async (repositories) => {
    let queued = 0;
    for (const session of await repositories.college.claimSessionsForReminders(now, until)) {
      const course = await repositories.college.findCourse(session.courseId);
      if (!course) continue;
      for (const student of await repositories.college.listEnrolledStudents(course.id)) {
        await queueEmail(repositories, deps, student.email, collegeReminderEmail(deps.publicUrl, course, session));
        queued += 1;
      }
    }
    return queued;
  });
}
