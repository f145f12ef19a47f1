import { z } from 'zod';

// Signing in, parsed before it reaches a service.

export const signInBody = z.object({
  username: z.string().trim().min(1, 'Enter your username.').max(64),
  password: z.string().min(1, 'Enter your password.').max(256),
});

export type SignInBody = z.infer<typeof signInBody>;
