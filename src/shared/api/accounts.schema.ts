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

export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
