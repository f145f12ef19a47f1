import { z } from 'zod';
import { instrumentIdSchema } from '../instruments';
import { uuidOf } from './common.schema';

// Path parameters of the instruments API, parsed before they reach a service.

export const responseParams = z.object({ id: uuidOf(), responseId: uuidOf('response id') });

export const instrumentParams = z.object({ instrumentId: instrumentIdSchema, version: z.string().min(1).max(32) });
