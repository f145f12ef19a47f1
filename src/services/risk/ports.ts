import type { DiscussionMode } from '../../domain/risk/risk-discussion';

/** One discussion of the risk and safety formulation with the person. */
export interface RiskDiscussionRecord {
  personId: string;
  id: string;
  /** YYYY-MM-DD */
  discussedOn: string;
  mode: DiscussionMode;
  /** The person's response in their words; null when they chose not to discuss it now. */
  response: string | null;
  isDeclined: boolean;
  formulationVersion: number;
  recordedByAccountId: string;
  recordedByName: string;
  recordedAt: Date;
}

/** When the person's positive risk-taking plan will be looked at again. */
export interface PositiveRiskPlanReviewRecord {
  personId: string;
  /** YYYY-MM-DD */
  reviewOn: string;
  updatedAt: Date;
  updatedByName: string;
}

/** Discussions of the risk formulation (only ever added to), and the positive risk-taking plan's review date. */
export interface RiskRepository {
  addDiscussion(discussion: RiskDiscussionRecord): Promise<void>;
  /** Newest first (by the day discussed, then when recorded). */
  listDiscussions(personId: string): Promise<RiskDiscussionRecord[]>;
  /** Many at once, for demo loads. */
  addDiscussions(discussions: RiskDiscussionRecord[]): Promise<void>;
  findPlanReview(personId: string): Promise<PositiveRiskPlanReviewRecord | null>;
  /**
   * Sets the review date only if it is still `previousReviewOn` (null: none set yet), so two people
   * changing it at once cannot overwrite each other; false when it had changed.
   */
  setPlanReview(review: PositiveRiskPlanReviewRecord, previousReviewOn: string | null): Promise<boolean>;
}
