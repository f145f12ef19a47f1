import { z } from 'zod';
import { DISCUSSION_MODES, RISK_DISCUSSION_LIMITS } from '../../domain/risk/risk-discussion';
import { hardCap, isoDate } from './common.schema';

// Bodies of the risk API. The service counts characters as people do and says what is too long.

export { DISCUSSION_MODES, RISK_DISCUSSION_LIMITS };

/** A worker records when and how the formulation was discussed with the person. */
export const recordRiskDiscussionBody = z.object({
  discussedOn: isoDate,
  mode: z.enum(DISCUSSION_MODES, { error: 'Choose in person, by phone or by video.' }),
  response: hardCap(RISK_DISCUSSION_LIMITS.maxResponseCharacters).nullish(),
  isDeclined: z.boolean({ error: 'Say whether the person chose not to discuss it now.' }),
});
export type RecordRiskDiscussionBody = z.infer<typeof recordRiskDiscussionBody>;
