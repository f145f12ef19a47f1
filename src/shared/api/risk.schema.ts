import { z } from 'zod';
import { DISCUSSION_MODES, DISCUSSION_MODE_LABELS, RISK_DISCUSSION_LIMITS } from '../../domain/risk/risk-discussion';
import { hardCap, isoDate } from './common.schema';

// Bodies of the risk API. The service counts characters as people do and says what is too long.

export { DISCUSSION_MODES, DISCUSSION_MODE_LABELS, RISK_DISCUSSION_LIMITS };
export { FORMULATION_TOPICS } from '../../domain/care-plan/risk-sections';

/** A worker records when and how the formulation was discussed with the person. */
export const recordRiskDiscussionBody = z.object({
  discussedOn: isoDate,
  mode: z.enum(DISCUSSION_MODES, { error: 'Choose in person, by phone or by video.' }),
  response: hardCap(RISK_DISCUSSION_LIMITS.maxResponseCharacters).nullish(),
  isDeclined: z.boolean({ error: 'Say whether the person chose not to discuss it now.' }),
});
export type RecordRiskDiscussionBody = z.infer<typeof recordRiskDiscussionBody>;

/** When the positive risk-taking plan will be looked at again; `previousReviewOn` is the date the writer saw. */
export const positiveRiskPlanReviewBody = z.object({
  reviewOn: isoDate,
  previousReviewOn: isoDate.nullable(),
});
export type PositiveRiskPlanReviewBody = z.infer<typeof positiveRiskPlanReviewBody>;
