import { z } from 'zod';
import { text } from '../api/text.schema';
import { definitionIssues, InstrumentError, type InstrumentDefinition } from '../../domain/instruments';
import { issuesFromZod } from './issues-from-zod';

/** Ids travel in URLs and FHIR linkIds, so they are short, lower-case and hyphenated. */
export const instrumentIdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,63}$/,
    'Use 1–64 lower-case letters, digits and hyphens, starting with a letter or digit.',
  );

const label = (max: number) => text().trim().min(1).max(max);

export const nonScoredOptionSchema = z.enum(['not-applicable', 'dont-know']);

const anchorSchema = z.strictObject({ value: z.number(), label: label(120) });

const scaleCommon = {
  id: instrumentIdSchema,
  nonScoredOptions: z.array(nonScoredOptionSchema).max(2).default([]),
};

const responseScaleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('likert'),
    ...scaleCommon,
    min: z.int(),
    max: z.int(),
    anchors: z.array(anchorSchema).max(20).default([]),
  }),
  z.strictObject({
    kind: z.literal('line'),
    ...scaleCommon,
    min: z.number(),
    max: z.number(),
    step: z.number().positive(),
    anchors: z.array(anchorSchema).max(20).default([]),
  }),
  z.strictObject({ kind: z.literal('yes-no'), ...scaleCommon }),
]);

const itemSchema = z.strictObject({
  id: instrumentIdSchema,
  label: label(200),
  text: label(1000).optional(),
  scaleId: instrumentIdSchema,
  reverseKeyed: z.boolean().default(false),
});

const subscaleSchema = z.strictObject({
  id: instrumentIdSchema,
  label: label(200),
  itemIds: z.array(instrumentIdSchema).max(300),
});

const scoreSchema = z.strictObject({
  id: instrumentIdSchema,
  label: label(200),
  method: z.enum(['sum', 'mean']),
  source: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('items'), itemIds: z.array(instrumentIdSchema).min(1).max(300) }),
    z.strictObject({ kind: z.literal('subscale'), subscaleId: instrumentIdSchema }),
  ]),
  missing: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('none-allowed') }),
    z.strictObject({ kind: z.literal('max-count'), count: z.int().nonnegative() }),
    z.strictObject({ kind: z.literal('max-percent'), percent: z.number().nonnegative().lt(100) }),
  ]),
  thresholds: z
    .array(z.strictObject({ comparator: z.enum(['<', '<=', '>', '>=']), value: z.number(), label: label(200) }))
    .max(10)
    .default([]),
});

/**
 * An instrument definition from untrusted JSON: the shape, then every cross-reference the domain
 * checks (unknown scales, items or subscales, impossible scales and rules).
 */
export const instrumentDefinitionSchema = z
  .strictObject({
    id: instrumentIdSchema,
    version: label(32),
    title: label(200),
    description: label(2000).optional(),
    licence: label(2000),
    isValidated: z.boolean(),
    wordingMode: z.enum(['included', 'supplied-by-service']),
    scales: z.array(responseScaleSchema).min(1).max(20),
    items: z.array(itemSchema).min(1).max(300),
    subscales: z.array(subscaleSchema).max(50).default([]),
    scores: z.array(scoreSchema).max(50).default([]),
    scoringKey: z
      .strictObject({
        subscales: z
          .array(z.strictObject({ id: text().min(1).max(64), label: label(200), itemCount: z.int().positive() }))
          .max(50),
        reverseKeys: z.enum(['supplied-by-service', 'none']),
      })
      .optional(),
  })
  .superRefine((definition, context) => {
    for (const issue of definitionIssues(definition)) {
      context.addIssue({
        code: 'custom',
        path: issue.path.split('.'),
        message: issue.message,
        params: { instrumentIssue: issue.code },
      });
    }
  });

/** Parses a definition or throws InstrumentError('invalid-definition') listing every problem. */
export function parseInstrumentDefinition(input: unknown): InstrumentDefinition {
  const result = instrumentDefinitionSchema.safeParse(input);
  if (!result.success) throw new InstrumentError('invalid-definition', issuesFromZod(result.error));
  return result.data;
}
