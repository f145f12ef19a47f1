import { z } from 'zod';
import { text } from './text.schema';
import { ACCOUNT_ROLES } from '../../domain/accounts/account-role';
import { CARER_SHARE_SCOPES } from '../../domain/access/person-access-policy';
import { isoDate } from './common.schema';

// The administrator's forms for sites, teams, workers, people, carers and accounts, parsed before they
// reach a service.

const name = (label: string) =>
  text().trim().min(1, `${label} is required.`).max(200, `${label} is at most 200 characters.`);

export const createSiteBody = z.object({ name: name('Name') });

export const createTeamBody = z.object({
  siteId: z.uuid(),
  name: name('Name'),
  reviewCadenceMonths: z.number().int().min(1).max(36).optional(),
});

export const createWorkerBody = z.object({
  name: name('Name'),
  profession: name('Profession'),
  teamId: z.uuid(),
  email: z.email().nullish(),
  phone: text().max(40).nullish(),
});

export const createPersonBody = z.object({
  name: name('Name'),
  preferredName: text().trim().max(200).nullish(),
  dateOfBirth: isoDate.nullish(),
  teamId: z.uuid(),
  localIdentifier: text().max(30, 'At most 30 characters.').nullish(),
});

const phone = text().max(40, 'At most 40 characters.').nullish();
export const editWorkerBody = createWorkerBody.extend({ version: z.number().int().min(1), leftOn: isoDate.nullish() });
export const editCarerBody = z.object({
  version: z.number().int().min(1),
  name: name('Name'),
  phone,
  relationships: z
    .array(z.object({ personId: z.uuid(), relationship: name('Relationship') }))
    .max(50)
    .optional(),
});
export const teamContactBody = z.object({ phone, serviceHours: text().max(200, 'At most 200 characters.').nullish() });
export const crisisContactsBody = z.object({
  contacts: z
    .array(
      z.object({
        name: name('Name'),
        phone: text().trim().min(1, 'Phone is required.').max(40, 'At most 40 characters.'),
        hours: text().max(200, 'At most 200 characters.').nullish(),
        note: text().max(500, 'At most 500 characters.').nullish(),
      }),
    )
    .max(10, 'At most 10 crisis contacts.'),
});

export const createCarerBody = z.object({
  name: name('Name'),
  phone: text().max(40).nullish(),
  personId: z.uuid(),
  relationship: name('Relationship'),
  sharedScopes: z.array(z.enum(CARER_SHARE_SCOPES)).max(CARER_SHARE_SCOPES.length),
  onBehalfReason: text().max(500, 'At most 500 characters.').nullish(),
});

export const createAccountBody = z.object({
  username: text().trim().min(1).max(64),
  password: text().min(1).max(256),
  role: z.enum(ACCOUNT_ROLES),
  linkedId: z.uuid().nullish(),
});

export type CreateSiteBody = z.infer<typeof createSiteBody>;
export type CreateTeamBody = z.infer<typeof createTeamBody>;
export type CreateWorkerBody = z.infer<typeof createWorkerBody>;
export type CreatePersonBody = z.infer<typeof createPersonBody>;
export type CreateCarerBody = z.infer<typeof createCarerBody>;
export type CreateAccountBody = z.infer<typeof createAccountBody>;
