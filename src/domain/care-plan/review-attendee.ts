/** Who can be at a review: the person, their carers, their workers, and others such as an advocate. */
export const REVIEW_ATTENDEE_KINDS = ['person', 'carer', 'worker', 'other'] as const;
export type ReviewAttendeeKind = (typeof REVIEW_ATTENDEE_KINDS)[number];

/** Bounds for recording a review. */
export const REVIEW_LIMITS = {
  maxAttendees: 30,
  maxWhatChangedCharacters: 10_000,
  /** A review can be written up this long after it was held. */
  maxDaysInPast: 366,
} as const;
