import type { DiscussionMode } from '../../domain/risk/risk-discussion';

// What the risk API returns. Every text is plain text, never HTML.

export type { DiscussionMode };

export interface RiskDiscussionDto {
  id: string;
  discussedOn: string;
  mode: DiscussionMode;
  /** The person's response in their own words; null when they chose not to discuss it then. */
  response: string | null;
  isDeclined: boolean;
  formulationVersion: number;
  recordedBy: string;
  recordedAt: string;
}

export interface RiskDiscussionsResponse {
  discussions: RiskDiscussionDto[];
}

/** When the positive risk-taking plan will be looked at again (YYYY-MM-DD), and who set it; null before anyone has. */
export interface PositiveRiskPlanReviewResponse {
  reviewOn: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}
