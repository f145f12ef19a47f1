import { z } from 'zod';
import {
  MAX_SHARE_HOURS,
  SHARE_CONSENT_MAX_LENGTH,
  SHARE_LABEL_MAX_LENGTH,
  SHARED_DOCUMENT_KINDS,
} from '../../domain/share-links/share-link-rules';
import { hardCap, uuidOf } from './common.schema';
import { text } from './text.schema';

// Share links: made and revoked by the person (or their care team with consent), opened by anyone
// who has one. The token's shape is checked by the service, which answers 404 for anything else.

export { MAX_SHARE_HOURS, SHARE_CONSENT_MAX_LENGTH, SHARE_LABEL_MAX_LENGTH, SHARED_DOCUMENT_KINDS };

export const createShareLinkBody = z.object({
  documentKind: z.enum(SHARED_DOCUMENT_KINDS, { error: 'Only a safety plan can be shared by link.' }),
  label: hardCap(SHARE_LABEL_MAX_LENGTH),
  expiresInHours: z
    .number({ error: 'Give the hours as a whole number.' })
    .int('Give the hours as a whole number.')
    .min(1, 'A link lasts at least 1 hour.')
    .max(MAX_SHARE_HOURS, `A link lasts at most 30 days (${MAX_SHARE_HOURS} hours).`)
    .optional(),
  consent: hardCap(SHARE_CONSENT_MAX_LENGTH).nullish(),
});
export type CreateShareLinkBody = z.infer<typeof createShareLinkBody>;

export const shareLinkParams = z.object({ id: uuidOf('person id'), linkId: uuidOf('link id') });

export const sharedTokenParams = z.object({ token: text().max(100, 'That is not a share link.') });
