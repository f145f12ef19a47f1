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

/** Meetings of the last FEEDBACK_INVITATION_DAYS days awaiting the person's feedback, per worker present, newest first. */
export async function feedbackInvitations(
  repositories: Repositories,
  personId: string,
  given: readonly RelationshipFeedbackRecord[],
  now: Date,
): Promise<FeedbackInvitation[]> {
  const since = new Date(now.getTime() - FEEDBACK_INVITATION_DAYS * 86_400_000);
  const meetings = await repositories.meetings.listForPerson(personId, { limit: 50, since });
  const answered = new Set(given.filter((entry) => entry.respondent === 'person').map((entry) => `${entry.meetingId}/${entry.workerId}`));
  return meetings.flatMap((meeting) =>
    meeting.workers
      .filter((worker) => !answered.has(`${meeting.id}/${worker.id}`))
      .map((worker) => ({ meetingId: meeting.id, occurredAt: meeting.occurredAt, workerId: worker.id, workerName: worker.name })),
  );
}
