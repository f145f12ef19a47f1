import { z } from 'zod';
import { CARER_SHARE_SCOPES } from '../../domain/access/person-access-policy';
import { text } from './text.schema';

// What each carer may see, chosen by the person (or recorded for them by an administrator, with a reason).

export const carerSharingParams = z.object({
  id: z.uuid({ error: 'That is not a valid id.' }),
  carerId: z.uuid({ error: 'That is not a valid carer.' }),
});

export const setCarerSharingBody = z.object({
  version: z.int().min(1),
  sharedScopes: z
    .array(z.enum(CARER_SHARE_SCOPES, { error: 'That is not something a carer can be shown.' }))
    .max(CARER_SHARE_SCOPES.length),
  onBehalfReason: text().max(500, 'At most 500 characters.').nullish(),
});

export type SetCarerSharingBody = z.infer<typeof setCarerSharingBody>;
