import { z } from 'zod';
import { text } from './text.schema';
import { ACCOUNT_ROLES } from '../../domain/accounts/account-role';
import { CARER_SHARE_SCOPES } from '../../domain/access/person-access-policy';
import { isoDate } from './common.schema';

// The administrator's forms for sites, teams, workers, people, carers and accounts, parsed before they
// reach a service.

/** The longest text each of the administrator's fields takes; the forms show the count as people type. */
export const ORGANISATION_LIMITS = {
  maxName: 200,
  maxPhone: 40,
  maxServiceHours: 200,
  maxCrisisNote: 500,
  maxUsername: 64,
  maxPassword: 256,
  maxIdentifier: 30,
} as const;
const L = ORGANISATION_LIMITS;

const name = (label: string) =>
  text().trim().min(1, `${label} is required.`).max(L.maxName, `${label} is at most ${L.maxName} characters.`);

export const createSiteBody = z.object({ name: name('Name').meta({ title: 'Site name' }) });

export const createTeamBody = z.object({
  siteId: z.uuid(),
  name: name('Name').meta({ title: 'Team name' }),
  reviewCadenceMonths: z.number().int().min(1).max(36).optional(),
});

export const createWorkerBody = z.object({
  name: name('Name').meta({ title: 'Full name' }),
  profession: name('Profession'),
  teamId: z.uuid(),
  email: z.email().nullish().meta({ title: 'Work email' }),
  phone: text().max(L.maxPhone, `At most ${L.maxPhone} characters.`).nullish().meta({ title: 'Work phone' }),
});

export const createPersonBody = z.object({
  name: name('Name').meta({ title: 'Full name' }),
  preferredName: text().trim().max(L.maxName, `At most ${L.maxName} characters.`).nullish(),
  dateOfBirth: isoDate.nullish(),
  teamId: z.uuid(),
  localIdentifier: text().max(L.maxIdentifier, `At most ${L.maxIdentifier} characters.`).nullish(),
});

const phone = text().max(L.maxPhone, `At most ${L.maxPhone} characters.`).nullish();
export const editWorkerBody = createWorkerBody.extend({ version: z.number().int().min(1), leftOn: isoDate.nullish() });
export const editCarerBody = z.object({
  version: z.number().int().min(1),
  name: name('Name').meta({ title: 'Full name' }),
  phone,
  relationships: z
    .array(z.object({ personId: z.uuid(), relationship: name('Relationship') }))
    .max(50)
    .optional(),
});
const version = z.number({ error: 'Reload the page: the form was sent without its version.' }).int().min(0);

export const teamContactBody = z.object({
  version: version.min(1),
  phone,
  serviceHours: text().max(L.maxServiceHours, `At most ${L.maxServiceHours} characters.`).nullish(),
});
export const crisisContactsBody = z.object({
  version,
  contacts: z
    .array(
      z.object({
        name: name('Name'),
        phone: text().trim().min(1, 'Phone is required.').max(L.maxPhone, `At most ${L.maxPhone} characters.`),
        hours: text().max(L.maxServiceHours, `At most ${L.maxServiceHours} characters.`).nullish(),
        note: text().max(L.maxCrisisNote, `At most ${L.maxCrisisNote} characters.`).nullish().meta({ title: 'Note' }),
      }),
    )
    .max(10, 'At most 10 crisis contacts.'),
});

export const createCarerBody = z.object({
  name: name('Name').meta({ title: 'Full name' }),
  phone: text().max(L.maxPhone, `At most ${L.maxPhone} characters.`).nullish(),
  personId: z.uuid(),
  relationship: name('Relationship'),
  sharedScopes: z.array(z.enum(CARER_SHARE_SCOPES)).max(CARER_SHARE_SCOPES.length),
  onBehalfReason: text().max(500, 'At most 500 characters.').nullish(),
});

export const createAccountBody = z.object({
  username: text().trim().min(1).max(L.maxUsername),
  password: text().min(1).max(L.maxPassword),
  role: z.enum(ACCOUNT_ROLES),
  linkedId: z.uuid().nullish(),
});

export type CreateSiteBody = z.infer<typeof createSiteBody>;
export type CreateTeamBody = z.infer<typeof createTeamBody>;
export type CreateWorkerBody = z.infer<typeof createWorkerBody>;
export type CreatePersonBody = z.infer<typeof createPersonBody>;
export type CreateCarerBody = z.infer<typeof createCarerBody>;
export type CreateAccountBody = z.infer<typeof createAccountBody>;
