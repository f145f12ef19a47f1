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

/** What the provider posts (form-encoded) to end sessions: its signed logout token (Back-Channel Logout 1.0, 2.5). */
export const backChannelLogoutBody = z
  .object({
    logout_token: text()
      .min(1, 'The logout_token is missing.')
      .max(16_384, 'The logout_token is too long.')
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'The logout_token is not a signed JWT.'),
  })
  .loose();
