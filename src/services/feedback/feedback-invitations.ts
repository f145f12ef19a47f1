import { FEEDBACK_INVITATION_DAYS } from '../../domain/feedback/feedback-visibility';
import type { Repositories } from '../ports';
import type { RelationshipFeedbackRecord } from './ports';

/** A recent meeting the person has not yet said how it went, with one of the workers who were there. */
export interface FeedbackInvitation {
  meetingId: string;
  occurredAt: Date;
  workerId: string;
  workerName: string;
}

/**
 * Meetings of the last FEEDBACK_INVITATION_DAYS days awaiting feedback, per worker present, newest
 * first: the person's feedback by default; with `workerId`, that worker's own view of the meetings
 * they were at.
 */
export async function feedbackInvitations(
  repositories: Repositories,
  personId: string,
  given: readonly RelationshipFeedbackRecord[],
  now: Date,
  workerId?: string,
): Promise<FeedbackInvitation[]> {
  const since = new Date(now.getTime() - FEEDBACK_INVITATION_DAYS * 86_400_000);
  const meetings = await repositories.meetings.listForPerson(personId, { limit: 50, since });
  const respondent = workerId ? 'worker' : 'person';
  const answered = new Set(
    given.filter((entry) => entry.respondent === respondent).map((entry) => `${entry.meetingId}/${entry.workerId}`),
  );
  return meetings.flatMap((meeting) =>
    meeting.workers
      .filter(
        (worker) => (workerId === undefined || worker.id === workerId) && !answered.has(`${meeting.id}/${worker.id}`),
      )
      .map((worker) => ({
        meetingId: meeting.id,
        occurredAt: meeting.occurredAt,
        workerId: worker.id,
        workerName: worker.name,
      })),
  );
}
