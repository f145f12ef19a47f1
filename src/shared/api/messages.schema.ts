import { z } from 'zod';
import { MESSAGE_LIMITS } from '../../domain/messages/message-text';
import { hardCap } from './common.schema';

// Messages between a person and their care team, parsed before they reach a service. The service
// counts characters as people do, refuses HTML and says exactly what is too long.

export const sendMessageBody = z.object({
  text: hardCap(MESSAGE_LIMITS.maxCharacters).meta({ title: 'Your message' }),
});

export const conversationQuery = z
  .object({
    /** The time of the oldest message already shown; with `beforeId`, its id (the next page starts after it). */
    before: z.iso.datetime({ offset: true, error: 'Give the time as an ISO 8601 date and time.' }).optional(),
    beforeId: z.uuid('beforeId must be a message id.').optional(),
    limit: z.coerce.number().int().min(1).max(50).optional(),
  })
  .refine((query) => (query.before === undefined) === (query.beforeId === undefined), {
    message: 'Give both the time and the id of the oldest message shown, or neither.',
    path: ['beforeId'],
  });

export type SendMessageBody = z.infer<typeof sendMessageBody>;
