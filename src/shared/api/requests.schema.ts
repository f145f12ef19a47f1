import { z } from 'zod';
import { ACCOUNT_ROLES } from '../../domain/accounts/account-role';
import { CARE_TEAM_ROLES, MEMBERSHIP_END_REASONS } from '../../domain/care-team/care-team-role';
import { CONTACT_KINDS, CONTACT_LIMITS, CONTACT_MODES } from '../../domain/contacts/contact-kinds';
import { CARER_SHARE_SCOPES } from '../../domain/access/person-access-policy';

// Every body, query and path parameter the API accepts, parsed before it reaches a service.

const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });
const name = (label: string) => z.string().trim().min(1, `${label} is required.`).max(200, `${label} is at most 200 characters.`);
const optionalText = (max: number) => z.string().max(max, `At most ${max} characters.`).nullish();

export const idParams = z.object({ id: z.uuid({ error: 'That is not a valid id.' }) });

export const signInBody = z.object({
  username: z.string().trim().min(1, 'Enter your username.').max(64),
  password: z.string().min(1, 'Enter your password.').max(256),
});

export const recordContactBody = z.object({
  occurredAt: z.iso.datetime({ offset: true, error: 'Give the time as an ISO 8601 date and time.' }).optional(),
  durationMinutes: z.number().int('Minutes are whole numbers.').min(1, 'A contact lasts at least a minute.').max(CONTACT_LIMITS.maxDurationMinutes),
  mode: z.enum(CONTACT_MODES, { error: `Mode is one of: ${CONTACT_MODES.join(', ')}.` }),
  kind: z.enum(CONTACT_KINDS, { error: `Kind is one of: ${CONTACT_KINDS.join(', ')}.` }),
  beyondRoutineNote: optionalText(CONTACT_LIMITS.maxBeyondRoutineNoteLength),
  adminMinutes: z.number().int('Minutes are whole numbers.').min(0).max(CONTACT_LIMITS.maxAdminMinutes).optional(),
  note: optionalText(CONTACT_LIMITS.maxNoteLength),
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

export const breakGlassBody = z.object({ reason: z.string().max(1_000, 'At most 1,000 characters.') });

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
  phone: z.string().max(40).nullish(),
});
export const createPersonBody = z.object({
  name: name('Name'),
  preferredName: z.string().trim().max(200).nullish(),
  dateOfBirth: isoDate.nullish(),
  teamId: z.uuid(),
  localIdentifier: z.string().max(30, 'At most 30 characters.').nullish(),
});
const phone = z.string().max(40, 'At most 40 characters.').nullish();
export const editWorkerBody = createWorkerBody.extend({ version: z.number().int().min(1), leftOn: isoDate.nullish() });
export const editCarerBody = z.object({
  version: z.number().int().min(1),
  name: name('Name'),
  phone,
  relationships: z.array(z.object({ personId: z.uuid(), relationship: name('Relationship') })).max(50).optional(),
});
export const teamContactBody = z.object({ phone, serviceHours: z.string().max(200, 'At most 200 characters.').nullish() });
export const crisisContactsBody = z.object({
  contacts: z
    .array(
      z.object({
        name: name('Name'),
        phone: z.string().trim().min(1, 'Phone is required.').max(40, 'At most 40 characters.'),
        hours: z.string().max(200, 'At most 200 characters.').nullish(),
        note: z.string().max(500, 'At most 500 characters.').nullish(),
      }),
    )
    .max(10, 'At most 10 crisis contacts.'),
});
export const createCarerBody = z.object({
  name: name('Name'),
  phone: z.string().max(40).nullish(),
  personId: z.uuid(),
  relationship: name('Relationship'),
  sharedScopes: z.array(z.enum(CARER_SHARE_SCOPES)).max(CARER_SHARE_SCOPES.length),
});
export const createAccountBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  role: z.enum(ACCOUNT_ROLES),
  linkedId: z.uuid().nullish(),
});

export const addMembershipBody = z.object({
  workerId: z.uuid(),
  role: z.enum(CARE_TEAM_ROLES),
  startsOn: isoDate.optional(),
});
export const endMembershipBody = z.object({
  endsOn: isoDate.optional(),
  endReason: z.enum(MEMBERSHIP_END_REASONS),
  endNote: z.string().max(2_000).nullish(),
  handoverNote: z.string().max(4_000).nullish(),
});
export const changeCareCoordinatorBody = z.object({
  newWorkerId: z.uuid(),
  on: isoDate.optional(),
  reason: z.enum(MEMBERSHIP_END_REASONS),
  note: z.string().max(2_000).nullish(),
  handoverNote: z.string().max(4_000).nullish(),
});

export type SignInBody = z.infer<typeof signInBody>;
export type RecordContactBody = z.infer<typeof recordContactBody>;
export type CreateSiteBody = z.infer<typeof createSiteBody>;
export type CreateTeamBody = z.infer<typeof createTeamBody>;
export type CreateWorkerBody = z.infer<typeof createWorkerBody>;
export type CreatePersonBody = z.infer<typeof createPersonBody>;
export type CreateCarerBody = z.infer<typeof createCarerBody>;
export type CreateAccountBody = z.infer<typeof createAccountBody>;
export type AddMembershipBody = z.infer<typeof addMembershipBody>;
export type EndMembershipBody = z.infer<typeof endMembershipBody>;
export type ChangeCareCoordinatorBody = z.infer<typeof changeCareCoordinatorBody>;
