import { z } from 'zod';

// A person's record: the break-glass reason, parsed before it reaches a service.

export const breakGlassBody = z.object({ reason: z.string().max(1_000, 'At most 1,000 characters.') });
