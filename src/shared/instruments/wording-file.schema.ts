import { z } from 'zod';
import { text } from '../api/text.schema';
import { InstrumentError, type WordingFile } from '../../domain/instruments';
import { instrumentIdSchema } from './instrument-definition.schema';
import { issuesFromZod } from './issues-from-zod';

/**
 * A wording file `{ instrumentId, version, items: [{ id, text }], scoringKey? }` from untrusted JSON. Only the
 * shape is checked here; whether it matches the instrument exactly, and the length of each text,
 * is the domain's wordingIssues, so both problems come back with their own codes.
 */
export const wordingFileSchema = z.strictObject({
  instrumentId: instrumentIdSchema,
  version: text().trim().min(1).max(32),
  items: z.array(z.strictObject({ id: text().min(1).max(64), text: text() })).max(300),
  /** For instruments whose item-to-subscale assignment the service supplies; checked by the domain's scoringKeyIssues. */
  scoringKey: z
    .strictObject({
      subscales: z
        .array(z.strictObject({ id: text().min(1).max(64), itemIds: z.array(text().min(1).max(64)).max(300) }))
        .max(50),
      reverseKeyedItemIds: z.array(text().min(1).max(64)).max(300),
    })
    .optional(),
});

/** Parses a wording file or throws InstrumentError('invalid-wording') listing every problem. */
export function parseWordingFile(input: unknown): WordingFile {
  const result = wordingFileSchema.safeParse(input);
  if (!result.success) throw new InstrumentError('invalid-wording', issuesFromZod(result.error));
  return result.data;
}
