import { z } from 'zod';
import {
  DISCLOSURE_CHOICES,
  EMPLOYER_CONTACT_PURPOSES,
  IPS_LIMITS,
  JOB_END_REASONS,
  JOB_INTEREST_STATUSES,
  JOB_KINDS,
  REFERRAL_END_REASONS,
} from '../../domain/ips/ips-vocabulary';
import { isoDate, uuidOf } from './common.schema';
import { text } from './text.schema';

export { IPS_LIMITS };

// Individual Placement and Support: referral, the vocational profile, benefits advice, employers,
// employer contacts and jobs, parsed before they reach a service.

const words = (max: number) => text().max(max, `At most ${max.toLocaleString('en-GB')} characters.`);
const required = (max: number, message: string) => words(max).refine((value) => value.trim() !== '', message);
const profileText = words(IPS_LIMITS.maxProfileFieldLength).default('');

export const referToIpsBody = z.object({
  referredOn: isoDate.optional(),
  note: words(IPS_LIMITS.maxNoteLength).nullish(),
});

export const endIpsReferralBody = z.object({
  endedOn: isoDate.optional(),
  endReason: z.enum(REFERRAL_END_REASONS, { error: 'Choose why IPS support is ending.' }),
});

export const vocationalProfileBody = z.object({
  baseRevision: z.number().int().min(0, 'The revision you started from is 0 or more.'),
  workWanted: profileText,
  hoursWanted: words(IPS_LIMITS.maxShortText).default(''),
  strengths: profileText,
  history: profileText,
  whatHelped: profileText,
  whatGotInTheWay: profileText,
  disclosure: z.enum(DISCLOSURE_CHOICES, { error: 'Choose whether and how employers hear about your mental health.' }),
  disclosureTo: words(IPS_LIMITS.maxShortText).default(''),
  disclosureHow: profileText,
});

export const benefitsAdviceBody = z.object({
  givenOn: isoDate,
  givenBy: required(IPS_LIMITS.maxShortText, 'Say who gave the advice.'),
  covered: required(IPS_LIMITS.maxNoteLength, 'Say what the advice covered.'),
});

export const employerBody = z.object({
  name: required(IPS_LIMITS.maxShortText, 'Give the employer’s name.'),
  sector: required(IPS_LIMITS.maxShortText, 'Give the kind of work the employer does.'),
  town: words(IPS_LIMITS.maxShortText).default(''),
});

export const employerContactBody = z.object({
  employerId: uuidOf('employer'),
  personId: uuidOf('person').nullish(),
  contactedOn: isoDate,
  isFaceToFace: z.boolean({ error: 'Say whether you met in person.' }),
  metWhom: words(IPS_LIMITS.maxShortText).default(''),
  purpose: z.enum(EMPLOYER_CONTACT_PURPOSES, { error: 'Choose what the contact was for.' }),
  outcome: words(IPS_LIMITS.maxNoteLength).default(''),
});

const money = z
  .number({ error: 'Give the pay as a number of pounds.' })
  .min(0, 'Pay cannot be negative.')
  .max(IPS_LIMITS.maxHourlyPayPence / 100, 'Pay an hour is at most £500.');

export const jobBody = z.object({
  employerId: uuidOf('employer'),
  kind: z.enum(JOB_KINDS, { error: 'Choose a job, education or training.' }),
  title: required(IPS_LIMITS.maxShortText, 'Give the job title or course.'),
  startsOn: isoDate,
  endsOn: isoDate.nullish(),
  hoursPerWeek: z
    .number({ error: 'Give hours a week as a number.' })
    .positive('Hours a week are more than 0.')
    .max(IPS_LIMITS.maxHoursPerWeek, `Hours a week are at most ${IPS_LIMITS.maxHoursPerWeek}.`)
    .nullish(),
  /** Pounds an hour, to the penny. */
  hourlyPay: money.nullish(),
  isCompetitive: z.boolean({ error: 'Say whether this is competitive employment.' }),
  endReason: z.enum(JOB_END_REASONS, { error: 'Choose why it ended.' }).nullish(),
});

export const updateJobBody = jobBody.extend({
  baseRevision: z.number().int().min(1, 'The revision you started from is 1 or more.'),
});

export const jobParams = z.object({ id: uuidOf('person'), jobId: uuidOf('job') });

const interestStatus = z.enum(JOB_INTEREST_STATUSES, { error: 'Choose interested, applied or not now.' });

export const jobInterestBody = z.object({
  jobKind: required(IPS_LIMITS.maxShortText, 'Say what kind of job.'),
  employerId: uuidOf('employer').nullish(),
  employerName: words(IPS_LIMITS.maxShortText).nullish(),
  why: words(IPS_LIMITS.maxNoteLength).default(''),
  status: interestStatus.optional(),
});

/** A correction to an interest's words: all of them, with the revision the editor started from. */
export const editJobInterestBody = jobInterestBody.omit({ status: true }).extend({
  baseRevision: z.number().int().min(1, 'The revision you started from is 1 or more.'),
});

/** Removing an interest names the revision the remover saw, so a change made since is not removed unseen. */
export const removeJobInterestQuery = z.object({
  baseRevision: z.coerce.number().int().min(1, 'The revision you started from is 1 or more.'),
});

export const jobInterestStatusBody = z.object({
  status: interestStatus,
  baseRevision: z.number().int().min(1, 'The revision you started from is 1 or more.'),
});

export const jobInterestParams = z.object({ id: uuidOf('person'), interestId: uuidOf('job interest') });

export type JobInterestBody = z.infer<typeof jobInterestBody>;
export type EditJobInterestBody = z.infer<typeof editJobInterestBody>;
export type VocationalProfileBody = z.infer<typeof vocationalProfileBody>;
export type JobBody = z.infer<typeof jobBody>;
export type EmployerContactBody = z.infer<typeof employerContactBody>;

export const ipsOutcomesQuery = z.object({
  teamId: uuidOf('team').optional(),
  siteId: uuidOf('site').optional(),
});

export const fidelityQuery = z.object({ teamId: uuidOf('team').optional() });

export const fidelityReviewBody = z.object({
  teamId: uuidOf('team').optional(),
  reviewedOn: isoDate,
  reviewers: required(IPS_LIMITS.maxShortText, 'Name the reviewers.'),
  scores: z
    .array(
      z.number().int('Scores are whole numbers.').min(1, 'Scores run from 1 to 5.').max(5, 'Scores run from 1 to 5.'),
    )
    .max(25),
});

/** The community teams an employment specialist works inside (ADR 0049). */
export const ipsAttachmentsBody = z.object({
  teamIds: z.array(uuidOf('team')).max(2, 'Attach a specialist to 2 teams at most.'),
  /** The worker's version the administrator started from: a change someone else saved first is refused (409). */
  version: z.number().int().min(1, 'The version you started from is 1 or more.'),
});
