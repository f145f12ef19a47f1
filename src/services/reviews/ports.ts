import type { ReviewAttendeeKind } from '../../domain/care-plan/review-attendee';

export interface ReviewRecord {
  id: string;
  personId: string;
  dueOn: string;
  heldOn: string | null;
}

export interface ReviewRepository {
  create(review: ReviewRecord): Promise<void>;
  /** Many at once, for demo and import loads. */
  createMany(reviews: ReviewRecord[]): Promise<void>;
  /** The earliest review not yet held, overdue or not. */
  findNextDue(personId: string): Promise<ReviewRecord | null>;
  findById(personId: string, id: string): Promise<ReviewRecord | null>;
  /** Every review of the person, latest due first. */
  listForPerson(personId: string): Promise<ReviewRecord[]>;
  /** Marks a review held; false when it had already been held (by someone else, a moment ago). */
  markHeld(personId: string, id: string, heldOn: string): Promise<boolean>;
  /** Moves a review not yet held to another due date. */
  setDueOn(personId: string, id: string, dueOn: string): Promise<void>;
}

export interface ReviewAttendeeRecord {
  kind: ReviewAttendeeKind;
  workerId: string | null;
  carerId: string | null;
  name: string;
}

/** What was recorded when a review was held. */
export interface ReviewOutcomeRecord {
  personId: string;
  reviewId: string;
  whatChanged: string;
  carePlanVersion: number | null;
  recordedByAccountId: string;
  recordedByName: string;
  recordedAt: Date;
  attendees: ReviewAttendeeRecord[];
}

export interface ReviewOutcomeRepository {
  create(outcome: ReviewOutcomeRecord): Promise<void>;
  listForPerson(personId: string): Promise<ReviewOutcomeRecord[]>;
}

/** A worker's secret calendar address, stored as a hash. */
export interface CalendarFeedRecord {
  accountId: string;
  workerId: string;
  tokenHash: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** One review in a worker's calendar. */
export interface CalendarReviewRow {
  reviewId: string;
  personId: string;
  personName: string;
  preferredName: string | null;
  dueOn: string;
  heldOn: string | null;
}

export interface CalendarFeedRepository {
  findForAccount(accountId: string): Promise<CalendarFeedRecord | null>;
  findByTokenHash(tokenHash: string): Promise<CalendarFeedRecord | null>;
  /** Creates the account's feed, or replaces its token so the old address stops working. */
  upsert(feed: CalendarFeedRecord): Promise<void>;
  delete(accountId: string): Promise<void>;
  markUsed(accountId: string, at: Date): Promise<void>;
  /**
   * Reviews of the people in the worker's caseload on `day`: those not yet held, and those held
   * on or after `heldSince`.
   */
  reviewsForCaseload(workerId: string, day: string, heldSince: string): Promise<CalendarReviewRow[]>;
}
