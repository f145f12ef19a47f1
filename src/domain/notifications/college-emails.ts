import type { NotificationEmail } from './notification-email';

/**
 * The Recovery College's emails. Like every Tandem email (ADR 0025) they carry nothing about anyone's
 * health or care: only the course's title and the session's time and place, which the student chose
 * to study and which the public prospectus shows anyway. No trainer, no other student, no service name.
 */

const when = (at: Date) =>
  at.toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

const link = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/college/my-courses`;

/** A place came free on a course the student is waiting for; it is held for them until `expiresAt`. */
export function collegeOfferEmail(publicUrl: string, course: { title: string }, expiresAt: Date): NotificationEmail {
  return {
    subject: 'A place has come free on your course',
    text: [
      'Hello,',
      '',
      `A place has come free on the course “${course.title}”, and it is yours if you want it.`,
      `We hold it for you until ${when(expiresAt)}. After that it passes to the next person waiting.`,
      '',
      `Accept it or let it go here: ${link(publicUrl)}`,
    ].join('\n'),
  };
}

/** A session of a course the student has a place on is coming up. */
export function collegeReminderEmail(
  publicUrl: string,
  course: { title: string },
  session: { startsAt: Date; place: string; isOnline: boolean },
): NotificationEmail {
  return {
    subject: 'Your course session is coming up',
    text: [
      'Hello,',
      '',
      `A reminder: the next session of “${course.title}” is on ${when(session.startsAt)},`,
      session.isOnline ? `online (${session.place}).` : `at ${session.place}.`,
      '',
      `If you cannot come, you can give up your place so someone waiting can have it: ${link(publicUrl)}`,
    ].join('\n'),
  };
}
