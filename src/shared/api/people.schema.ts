import { z } from 'zod';
import { text } from './text.schema';
import { DISCHARGE_REASONS } from '../../domain/people/discharge-reasons';

// Requests about a person's details, discharge, search and research choice; parsed before a service sees them.

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

const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });
const version = z.number({ error: 'Reload the page: the form was sent without its version.' }).int().min(1);

export const PERSON_LIMITS = { maxName: 200, maxIdentifier: 30, maxDischargeNote: 2_000, maxSearch: 100 } as const;

export const editPersonDetailsBody = z.object({
  version,
  name: text()
    .trim()
    .min(1, 'Enter the person’s name.')
    .max(PERSON_LIMITS.maxName, `At most ${PERSON_LIMITS.maxName} characters.`),
  preferredName: text().trim().max(PERSON_LIMITS.maxName, `At most ${PERSON_LIMITS.maxName} characters.`).nullish(),
  dateOfBirth: isoDate.nullish(),
  localIdentifier: text()
    .max(PERSON_LIMITS.maxIdentifier, `At most ${PERSON_LIMITS.maxIdentifier} characters.`)
    .nullish(),
});

export const dischargePersonBody = z.object({
  version,
  dischargedOn: isoDate.optional(),
  reason: z
    .enum(DISCHARGE_REASONS, { error: 'Choose why the person is leaving the service.' })
    .meta({ title: 'Why they are leaving' }),
  note: text()
    .max(
      PERSON_LIMITS.maxDischargeNote,
      `At most ${PERSON_LIMITS.maxDischargeNote.toLocaleString('en-GB')} characters.`,
    )
    .nullish(),
});

export const searchPeopleQuery = z.object({
  q: text()
    .trim()
    .min(2, 'Type at least 2 letters of a name, or a whole identifier.')
    .max(PERSON_LIMITS.maxSearch, `At most ${PERSON_LIMITS.maxSearch} characters.`),
});

export const researchChoiceBody = z.object({
  optOut: z.boolean({ error: 'Say whether to leave research exports (true) or stay in them (false).' }),
});

export const emailChoiceBody = z
  .object({
    emailAddress: text()
      .trim()
      .max(254, 'At most 254 characters.')
      .pipe(z.email('Enter an email address such as name@example.org, or leave it empty.'))
      .nullable()
      .or(z.literal('').transform(() => null)),
    wantsEmail: z.boolean({ error: 'Say whether you want an email when something is waiting (true or false).' }),
  })
  .refine((body) => !body.wantsEmail || body.emailAddress !== null, {
    message: 'Give the email address to send to, or choose not to be emailed.',
    path: ['emailAddress'],
  });

export type EmailChoiceBody = z.infer<typeof emailChoiceBody>;
export type EditPersonDetailsBody = z.infer<typeof editPersonDetailsBody>;
export type DischargePersonBody = z.infer<typeof dischargePersonBody>;
export type ResearchChoiceBody = z.infer<typeof researchChoiceBody>;
export const breakGlassBody = z.object({ reason: text().max(1_000, 'At most 1,000 characters.') });
