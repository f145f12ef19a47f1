import type { ReviewRecord } from './ports';
import type { ReviewAttendeeRecord, ReviewOutcomeRecord } from './ports';

/** A review with what was recorded when it was held. */
export interface ReviewView extends ReviewRecord {
  outcome: {
    /** Null for a carer: they see that the review happened and who was there, not the notes. */
    whatChanged: string | null;
    carePlanVersion: number | null;
    attendees: ReviewAttendeeRecord[];
    recordedBy: string;
    recordedAt: Date;
  } | null;
}

/** Joins a review to its outcome, if it was held. */
export function reviewView(
  review: ReviewRecord,
  outcome: ReviewOutcomeRecord | undefined,
  options: { showNotes: boolean },
): ReviewView {
  return {
    ...review,
    outcome: outcome
      ? {
          whatChanged: options.showNotes ? outcome.whatChanged : null,
          carePlanVersion: outcome.carePlanVersion,
          attendees: outcome.attendees,
          recordedBy: outcome.recordedByName,
          recordedAt: outcome.recordedAt,
        }
      : null,
  };
}
