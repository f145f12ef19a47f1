import { z } from 'zod';
import type { InstrumentIssue } from '../domain/instruments';
import type { Coding, Extension } from './r4-types';

/*
 * The shape of the R4 Questionnaire elements the import reads, checked before any of them is
 * trusted. Elements it does not read are ignored, as FHIR expects of a consumer.
 */

const codingSchema: z.ZodType<Coding> = z.lazy(() =>
  z.object({
    system: z.string().optional(),
    code: z.string().optional(),
    display: z.string().optional(),
    extension: z.array(extensionSchema).optional(),
  }),
);

const extensionSchema: z.ZodType<Extension> = z.lazy(() =>
  z.object({
    url: z.string().min(1),
    extension: z.array(extensionSchema).optional(),
    valueBoolean: z.boolean().optional(),
    valueCode: z.string().optional(),
    valueDecimal: z.number().optional(),
    valueId: z.string().optional(),
    valueInteger: z.int().optional(),
    valueString: z.string().optional(),
    valueCodeableConcept: z
      .object({ coding: z.array(codingSchema).optional(), text: z.string().optional() })
      .optional(),
    valueExpression: z
      .object({
        description: z.string().optional(),
        name: z.string().optional(),
        language: z.string(),
        expression: z.string().optional(),
      })
      .optional(),
  }),
);

const itemSchema = z.object({
  linkId: z.string().min(1),
  text: z.string().optional(),
  type: z.enum([
    'group',
    'display',
    'boolean',
    'decimal',
    'integer',
    'date',
    'dateTime',
    'time',
    'string',
    'text',
    'url',
    'choice',
    'open-choice',
    'attachment',
    'reference',
    'quantity',
  ]),
  required: z.boolean().optional(),
  readOnly: z.boolean().optional(),
  answerOption: z
    .array(z.object({ valueCoding: codingSchema.optional(), extension: z.array(extensionSchema).optional() }))
    .optional(),
  item: z.array(z.unknown()).optional(),
  extension: z.array(extensionSchema).optional(),
});

export type ParsedQuestionnaireItem = z.infer<typeof itemSchema>;

export const questionnaireSchema = z.object({
  resourceType: z.literal('Questionnaire'),
  url: z.string().min(1),
  version: z.string().min(1),
  title: z.string().min(1),
  status: z.enum(['draft', 'active', 'retired', 'unknown']),
  description: z.string().optional(),
  copyright: z.string().optional(),
  extension: z.array(extensionSchema).optional(),
  item: z.array(itemSchema).min(1),
});

export type ParsedQuestionnaire = z.infer<typeof questionnaireSchema>;

/** Zod's findings as instrument issues, located in the Questionnaire. */
export function questionnaireShapeIssues(error: z.ZodError): InstrumentIssue[] {
  return error.issues.map((issue) => ({
    path: ['Questionnaire', ...issue.path.map(String)].join('.'),
    code: 'invalid-shape',
    message: issue.message,
  }));
}
