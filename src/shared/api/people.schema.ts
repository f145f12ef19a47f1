import { z } from 'zod';
import { text } from './text.schema';

// A person's record: the break-glass reason, parsed before it reaches a service.

/** A page of the access log, newest first: the entries before the last one shown (its time and id). */
export const accessLogQuery = z
  .object({
    before: z.iso.datetime({ offset: true, error: 'Give the time as an ISO 8601 date and time.' }).optional(),
    beforeId: z.uuid('beforeId must be an entry id.').optional(),
    limit: z.coerce.number().int().min(1).max(200, 'At most 200 at a time.').optional(),
  })
  .refine((query) => (query.before === undefined) === (query.beforeId === undefined), {
    message: 'Give both before and beforeId: the time and the id of the last entry shown.',
    path: ['beforeId'],
  });

export const breakGlassBody = z.object({ reason: text().max(1_000, 'At most 1,000 characters.') });
