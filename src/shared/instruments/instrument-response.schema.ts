import { z } from 'zod';
import { text } from '../api/text.schema';
import { InstrumentError, type InstrumentResponse } from '../../domain/instruments';
import { instrumentIdSchema, nonScoredOptionSchema } from './instrument-definition.schema';
import { issuesFromZod } from './issues-from-zod';

/**
 * A completed instrument from untrusted JSON. Only the shape is checked here; whether the answers
 * fit the instrument (range, steps, known items, version) is the domain's responseIssues.
 */
export const instrumentResponseSchema = z.strictObject({
  instrumentId: instrumentIdSchema,
  version: text().trim().min(1).max(32),
  answers: z
    .array(
      z.strictObject({
        itemId: text().min(1).max(64),
        value: z.union([z.number(), z.boolean(), nonScoredOptionSchema]),
      }),
    )
    .max(300),
});

/** Parses a response or throws InstrumentError('invalid-response') listing every problem. */
export function parseInstrumentResponse(input: unknown): InstrumentResponse {
  const result = instrumentResponseSchema.safeParse(input);
  if (!result.success) throw new InstrumentError('invalid-response', issuesFromZod(result.error));
  return result.data;
}
