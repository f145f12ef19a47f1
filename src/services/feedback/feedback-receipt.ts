import type { FeedbackRespondent, FeedbackVisibility } from '../../domain/feedback/feedback-visibility';
import type { RelationshipFeedbackRecord } from './ports';

/** What the giver gets back. The score is left out when the one who sent it may not see it (a worker handing the form over). */
export interface FeedbackReceipt {
  id: string;
  meetingId: string;
  workerId: string;
  respondent: FeedbackRespondent;
  visibility: FeedbackVisibility | null;
  givenAt: Date;
  score: number | null;
}

export function feedbackReceipt(record: RelationshipFeedbackRecord, isScoreShown: boolean): FeedbackReceipt {
  return {
    id: record.id,
    meetingId: record.meetingId,
    workerId: record.workerId,
    respondent: record.respondent,
    visibility: record.visibility,
    givenAt: record.givenAt,
    score: isScoreShown ? record.score : null,
  };
}
