import { z } from 'zod';
import { CARER_VIEW_LIMITS } from '../../domain/feedback/carer-view-visibility';
import { instrumentResponseSchema } from '../instruments';
import { hardCap, uuidOf } from './common.schema';

// A carer's view of a meeting they were at, parsed before it reaches a service.

export { CARER_VIEW_LIMITS } from '../../domain/feedback/carer-view-visibility';

export const carerViewParams = z.object({ id: uuidOf('person id'), reviewId: uuidOf('review id') });

export const carerViewBody = z.object({
  response: instrumentResponseSchema,
  comment: hardCap(CARER_VIEW_LIMITS.maxCommentCharacters).nullish(),
  sharedWithPerson: z.boolean({ error: 'Say whether the person may read what you said.' }),
});

export type CarerViewBody = z.infer<typeof carerViewBody>;
