import { z } from 'zod';
import { text } from './text.schema';

// Managing sign-in accounts (administrators) and one's own password and sessions.

export const accountParams = z.object({ id: z.uuid({ error: 'That is not a valid account id.' }) });
export const ownSessionParams = z.object({
  sessionId: z.string().regex(/^[0-9a-f]{32}$/, 'That is not a valid session id.'),
});

export const changePasswordBody = z.object({
  currentPassword: text().min(1, 'Enter your current password.').max(256),
  newPassword: text().min(1, 'Enter a new password.').max(256, 'A password has at most 256 characters.'),
});

/** A page of accounts: those whose username or name contains every word of `q`, after the username `after`. */
export const accountsQuery = z.object({
  q: text().trim().max(100, 'At most 100 characters.').optional(),
  after: text().max(64).optional(),
  limit: z.coerce
    .number({ error: 'Give the limit as a whole number.' })
    .int()
    .min(1, 'Ask for at least one.')
    .max(100, 'At most 100 at a time.')
    .optional(),
});

export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
