import { dialogRatings, meetingFeedbackPerson, meetingFeedbackWorker, type InstrumentDefinition } from '../instruments';

/** What the person rates at the start of a meeting: life domains and treatment aspects, 1–7. */
export const MEETING_RATINGS_INSTRUMENT: InstrumentDefinition = dialogRatings;

/** The person's brief feedback on a meeting, and the worker's view of the same meeting. */
export const MEETING_FEEDBACK_INSTRUMENTS: Record<'person' | 'worker', InstrumentDefinition> = {
  person: meetingFeedbackPerson,
  worker: meetingFeedbackWorker,
};

/** The score of the feedback forms that trends and alerts follow. */
export const MEETING_FEEDBACK_SCORE_ID = 'overall';
