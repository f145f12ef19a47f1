import type { ReviewAttendeeKind } from '../../domain/care-plan/review-attendee';

// What the reviews and calendar feed API returns. Instants are ISO 8601 strings; calendar dates are
// YYYY-MM-DD. Every text is plain text, to be shown as text, never as HTML.

export type { ReviewAttendeeKind };

export interface ReviewDto {
  id: string;
  dueOn: string;
  heldOn: string | null;
  outcome: {
    /** Null for a carer. */
    whatChanged: string | null;
    carePlanVersion: number | null;
    attendees: { kind: ReviewAttendeeKind; workerId: string | null; carerId: string | null; name: string }[];
    recordedBy: string;
    recordedAt: string;
  } | null;
}

export interface ReviewsResponse {
  reviews: ReviewDto[];
}

/** Who the review form offers as attendees: the person, their care team today, their carers. */
export interface ReviewChoicesResponse {
  person: { name: string };
  workers: { id: string; name: string; profession: string; role: string }[];
  carers: { id: string; name: string; relationship: string }[];
  /** If held today, the next review is due by `latestDueOn` (the team's cadence); an earlier day can be agreed. */
  nextReview: { cadenceMonths: number; latestDueOn: string };
}

export interface HoldReviewResponse {
  review: ReviewDto;
  nextReview: { id: string; dueOn: string };
}

export interface CalendarFeedStatusResponse {
  isActive: boolean;
  createdAt: string | null;
  lastUsedAt: string | null;
}

/** Shown once: only a hash of the token is kept. */
export interface CalendarFeedCreatedResponse {
  url: string;
  path: string;
  createdAt: string;
}
