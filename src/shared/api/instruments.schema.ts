import { z } from 'zod';
import { text } from './text.schema';
import { instrumentIdSchema } from '../instruments';
import { uuidOf } from './common.schema';

// Path parameters of the instruments API, parsed before they reach a service.

export const responseParams = z.object({ id: uuidOf(), responseId: uuidOf('response id') });

export const instrumentParams = z.object({ instrumentId: instrumentIdSchema, version: text().min(1).max(32) });

export const instrumentOfferParams = z.object({ instrumentId: instrumentIdSchema });

/** Turning an imported instrument on or off for people, from the revision the administrator saw. */
export const instrumentOfferBody = z.strictObject({
  offered: z.boolean(),
  revision: z.number().int().min(0),
});
