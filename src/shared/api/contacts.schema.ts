import { z } from 'zod';
import { text } from './text.schema';
import { CONTACT_KINDS, CONTACT_LIMITS, CONTACT_MODES } from '../../domain/contacts/contact-kinds';

// Recording and listing a person's contacts, parsed before they reach a service.

const optionalText = (max: number) => text().max(max, `At most ${max} characters.`).nullish();

export const recordContactBody = z.object({
  occurredAt: z.iso.datetime({ offset: true, error: 'Give the time as an ISO 8601 date and time.' }).optional(),
  durationMinutes: z
    .number()
    .int('Minutes are whole numbers.')
    .min(1, 'A contact lasts at least a minute.')
    .max(CONTACT_LIMITS.maxDurationMinutes),
  mode: z.enum(CONTACT_MODES, { error: 'Choose where or how the contact happened.' }),
  kind: z.enum(CONTACT_KINDS, { error: 'Choose what kind of contact it was.' }),
  beyondRoutineNote: optionalText(CONTACT_LIMITS.maxBeyondRoutineNoteLength),
  adminMinutes: z
    .number()
    .int('Minutes are whole numbers.')
    .min(0)
    .max(CONTACT_LIMITS.maxAdminMinutes)
    .optional()
    .meta({ title: 'Admin time (minutes)' }),
  note: optionalText(CONTACT_LIMITS.maxNoteLength).meta({ title: 'Note' }),
  otherWorkerIds: z.array(z.uuid()).max(10).optional(),
});

export const contactsQuery = z
  .object({
    /** The time of the last contact already shown; with `beforeId`, its id too (the next page starts after it). */
    before: z.iso.datetime({ offset: true }).optional(),
    beforeId: z.uuid('beforeId must be a contact id.').optional(),
    limit: z.coerce.number().int().min(1).max(50).optional(),
  })
  .refine((query) => query.beforeId === undefined || query.before !== undefined, {
    message: 'beforeId needs before: give the time and the id of the last contact shown.',
    path: ['beforeId'],
  });

export type RecordContactBody = z.infer<typeof recordContactBody>;
