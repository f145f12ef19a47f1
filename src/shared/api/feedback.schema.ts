import { z } from 'zod';
import { FEEDBACK_VISIBILITIES } from '../../domain/feedback/feedback-visibility';
import { instrumentResponseSchema } from '../instruments';
import { uuidOf } from './common.schema';

// Relationship feedback and its visibility, parsed before they reach a service. Whether a response
// fits its instrument is checked by the services.

export {
  FEEDBACK_VISIBILITIES,
  FEEDBACK_VISIBILITY_LABELS,
  type FeedbackVisibility,
} from '../../domain/feedback/feedback-visibility';

export const personFeedbackBody = z.object({
  response: instrumentResponseSchema,
  visibility: z
    .enum(FEEDBACK_VISIBILITIES, { error: `Visibility is one of: ${FEEDBACK_VISIBILITIES.join(', ')}.` })
    .optional(),
  workerId: uuidOf('worker id').optional(),
});

export const workerFeedbackBody = z.object({ response: instrumentResponseSchema });

export const feedbackPreferenceBody = z.object({
  visibility: z.enum(FEEDBACK_VISIBILITIES, { error: `Visibility is one of: ${FEEDBACK_VISIBILITIES.join(', ')}.` }),
});

export const acknowledgeAlertBody = z.object({
  alertKey: z
    .string({ error: 'Say which alert you have seen.' })
    .min(1, 'Say which alert you have seen.')
    .max(200, 'That is not an alert of this page.'),
});

export type PersonFeedbackBody = z.infer<typeof personFeedbackBody>;
export type WorkerFeedbackBody = z.infer<typeof workerFeedbackBody>;
export type FeedbackPreferenceBody = z.infer<typeof feedbackPreferenceBody>;
