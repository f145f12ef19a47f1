import { AppError } from '../../domain/errors/app-error';
import type { FeedbackRespondent, FeedbackVisibility } from '../../domain/feedback/feedback-visibility';
import type { InstrumentResponse } from '../../domain/instruments';
import { MEETING_FEEDBACK_INSTRUMENTS, MEETING_FEEDBACK_SCORE_ID } from '../../domain/meetings/meeting-instruments';
import { buildResponseRecord } from '../instruments/build-response-record';
import type { MeetingRecord } from '../meetings/ports';
import { newId } from '../new-id';
import type { Repositories } from '../ports';
import type { RelationshipFeedbackRecord } from './ports';

/** A meeting and the workers who were at it; 404 when the person has no such meeting. */
export async function findMeetingWithWorkers(repositories: Repositories, personId: string, meetingId: string) {
  const meeting = await repositories.meetings.findById(personId, meetingId);
  const contact = meeting ? await repositories.contacts.findById(personId, meetingId) : null;
  if (!meeting || !contact) throw new AppError('not_found', 'There is no such meeting in this person’s record.');
  return { meeting, workerIds: contact.workers.map((worker) => worker.id) };
}

export interface FeedbackToSave {
  meeting: MeetingRecord;
  workerId: string;
  respondent: FeedbackRespondent;
  visibility: FeedbackVisibility | null;
  response: InstrumentResponse;
  accountId: string;
  now: Date;
}

/**
 * Scores and saves one side's feedback on a meeting, once per side per relationship: a second
 * answer is a 409, so that an answer once seen is never quietly replaced.
 */
export async function saveFeedback(
  repositories: Repositories,
  input: FeedbackToSave,
): Promise<RelationshipFeedbackRecord> {
  const { meeting, workerId, respondent, now } = input;
  if (await repositories.feedback.find(meeting.personId, meeting.id, workerId, respondent)) {
    throw new AppError(
      'conflict',
      respondent === 'person'
        ? 'Feedback on this meeting has already been given.'
        : 'You have already given your view of this meeting.',
    );
  }
  const response = buildResponseRecord(MEETING_FEEDBACK_INSTRUMENTS[respondent], input.response, {
    personId: meeting.personId,
    purpose: `${respondent}_feedback`,
    meetingId: meeting.id,
    completedAt: now,
    recordedByAccountId: input.accountId,
  });
  const feedback: RelationshipFeedbackRecord = {
    id: newId(),
    personId: meeting.personId,
    workerId,
    meetingId: meeting.id,
    meetingOccurredAt: meeting.occurredAt,
    respondent,
    visibility: input.visibility,
    score: response.scores.find((score) => score.scoreId === MEETING_FEEDBACK_SCORE_ID)?.value ?? null,
    responseId: response.id,
    givenAt: now,
    recordedByAccountId: input.accountId,
  };
  await repositories.instruments.createResponse(response);
  await repositories.feedback.create(feedback);
  return feedback;
}
