import type { PositiveRiskPlanReview } from '../../services/risk/positive-risk-plan-review';
import type { RiskDiscussionRecord } from '../../services/risk/ports';
import type { PositiveRiskPlanReviewResponse, RiskDiscussionDto } from '../../shared/api/risk.responses';

export function presentRiskDiscussion(d: RiskDiscussionRecord): RiskDiscussionDto {
  return {
    id: d.id,
    discussedOn: d.discussedOn,
    mode: d.mode,
    response: d.response,
    isDeclined: d.isDeclined,
    formulationVersion: d.formulationVersion,
    recordedBy: d.recordedByName,
    recordedAt: d.recordedAt.toISOString(),
  };
}

export function presentPositiveRiskPlanReview(review: PositiveRiskPlanReview): PositiveRiskPlanReviewResponse {
  return { ...review, updatedAt: review.updatedAt?.toISOString() ?? null };
}
