import { z } from 'zod';
import { text } from './text.schema';

// Single sign-on for staff: linking an account, and the answer the provider sends back.

export const linkSsoBody = z.object({
  ssoUsername: text().trim().max(254, 'A sign-in name is at most 254 characters.').nullable(),
});

/** What the provider sends the browser back with; anything else is ignored. */
export const ssoCallbackQuery = z
  .object({
    state: text().max(512).optional(),
    code: text().max(4096).optional(),
    error: text().max(256).optional(),
    error_description: text().max(1024).optional(),
    iss: text().max(512).optional(),
    session_state: text().max(512).optional(),
  })
  .loose();
