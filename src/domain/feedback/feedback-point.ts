import type { FeedbackVisibility } from './feedback-visibility';

/** The person's feedback on one meeting with one worker. */
export interface PersonFeedbackScore {
  /** The overall mean, 1–5; null when too many items were left out to score it. */
  score: number | null;
  visibility: FeedbackVisibility;
  givenAt: Date;
}

/** The worker's own view of the same meeting. */
export interface WorkerFeedbackScore {
  score: number | null;
  givenAt: Date;
}

/** Both sides' feedback on one meeting, for one relationship (person and worker). */
export interface FeedbackPoint {
  meetingId: string;
  occurredAt: Date;
  person: PersonFeedbackScore | null;
  worker: WorkerFeedbackScore | null;
}
