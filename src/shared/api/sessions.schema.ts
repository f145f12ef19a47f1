import { z } from 'zod';
import { text } from './text.schema';

// Signing in, parsed before it reaches a service.

export const signInBody = z.object({
  username: text().trim().min(1, 'Enter your username.').max(64),
  password: text().min(1, 'Enter your password.').max(256),
});

export type SignInBody = z.infer<typeof signInBody>;
