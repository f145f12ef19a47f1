import { CONTACT_LIMITS } from '../contacts/contact-kinds';
import type { MeetingProblem } from './meeting-problems';

/**
 * A meeting is a contact, so it follows the contact's bounds on when it can be recorded: not in
 * the future beyond a small clock difference, and not longer ago than a contact can be.
 */
export function meetingTimeProblems(occurredAt: Date, now: Date): MeetingProblem[] {
  const minutesAhead = (occurredAt.getTime() - now.getTime()) / 60_000;
  if (minutesAhead > CONTACT_LIMITS.maxMinutesInFuture) {
    return [{ field: 'occurredAt', message: 'A meeting cannot be recorded for a time in the future.' }];
  }
  const daysAgo = (now.getTime() - occurredAt.getTime()) / 86_400_000;
  if (daysAgo > CONTACT_LIMITS.maxDaysInPast) {
    return [
      {
        field: 'occurredAt',
        message: `A meeting can be recorded up to ${CONTACT_LIMITS.maxDaysInPast} days after it happened.`,
      },
    ];
  }
  return [];
}
