import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns';
import { team, worker } from './organisation.schema';

// Individual Placement and Support: referrals, the vocational profile in the person's words,
// benefits advice, employers and the specialist's contacts with them, jobs, and fidelity reviews.
// Employer rows hold no one's health information: only the employer, and who the specialist met.

/** A referral to IPS. No readiness or diagnosis gate: anyone who wants work can be referred. */
export const ipsReferral = pgTable(
  'ips_referral',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    referredOn: date('referred_on', { mode: 'string' }).notNull(),
    isSelfReferral: boolean('is_self_referral').notNull(),
    referredByAccountId: uuid('referred_by_account_id'),
    /** Why the person wants work, in their words, as said at referral. */
    note: text('note'),
    /** The employment specialist who took the referral, once taken. */
    specialistWorkerId: uuid('specialist_worker_id'),
    takenOn: date('taken_on', { mode: 'string' }),
    /** The last day on the IPS caseload; null while open (support is time-unlimited). */
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('ips_referral_person_idx').on(t.personId, t.referredOn),
    index('ips_referral_specialist_idx').on(t.specialistWorkerId),
    uniqueIndex('ips_referral_one_open_idx')
      .on(t.personId)
      .where(sql`${t.endedOn} is null`),
  ],
);

/** The person's vocational profile: one per person, revised with a revision number against lost edits. */
export const ipsVocationalProfile = pgTable('ips_vocational_profile', {
  personId: uuid('person_id').primaryKey(),
  revision: integer('revision').notNull(),
  workWanted: text('work_wanted').notNull().default(''),
  hoursWanted: text('hours_wanted').notNull().default(''),
  strengths: text('strengths').notNull().default(''),
  history: text('history').notNull().default(''),
  whatHelped: text('what_helped').notNull().default(''),
  whatGotInTheWay: text('what_got_in_the_way').notNull().default(''),
  disclosure: text('disclosure').notNull(),
  disclosureTo: text('disclosure_to').notNull().default(''),
  disclosureHow: text('disclosure_how').notNull().default(''),
  /** Whether the last words saved were the person's own (typed by them). */
  isWrittenByPerson: boolean('is_written_by_person').notNull(),
  updatedByAccountId: uuid('updated_by_account_id'),
  updatedByName: text('updated_by_name').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

/** Benefits and work-incentives advice given to the person. */
export const ipsBenefitsAdvice = pgTable(
  'ips_benefits_advice',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    givenBy: text('given_by').notNull(),
    covered: text('covered').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id'),
    createdAt: createdAt(),
  },
  (t) => [index('ips_benefits_advice_person_idx').on(t.personId, t.givenOn)],
);

/** An employer the service works with. No health information about anyone. */
export const ipsEmployer = pgTable('ips_employer', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  sector: text('sector').notNull(),
  town: text('town').notNull().default(''),
  createdAt: createdAt(),
});

/** A specialist's contact with an employer: job development, about someone's job, or follow-along. */
export const ipsEmployerContact = pgTable(
  'ips_employer_contact',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    /** The person the contact was about, when it was about someone (and they agreed to disclosure). */
    personId: uuid('person_id'),
    contactedOn: date('contacted_on', { mode: 'string' }).notNull(),
    isFaceToFace: boolean('is_face_to_face').notNull(),
    metWhom: text('met_whom').notNull().default(''),
    purpose: text('purpose').notNull(),
    outcome: text('outcome').notNull().default(''),
    recordedByAccountId: uuid('recorded_by_account_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('ips_employer_contact_worker_idx').on(t.workerId, t.contactedOn),
    index('ips_employer_contact_person_idx').on(t.personId, t.contactedOn),
  ],
);

/** A job, or an education or training start. */
export const ipsJob = pgTable(
  'ips_job',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    employerId: uuid('employer_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    hoursPerWeek: doublePrecision('hours_per_week'),
    hourlyPayPence: integer('hourly_pay_pence'),
    isCompetitive: boolean('is_competitive').notNull(),
    endReason: text('end_reason'),
    revision: integer('revision').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('ips_job_person_idx').on(t.personId, t.startsOn)],
);

/** An IPS-25 fidelity review of one team: 25 item scores 1–5, in the scale's order. */
export const ipsFidelityReview = pgTable(
  'ips_fidelity_review',
  {
    id: uuid('id').primaryKey(),
    teamId: uuid('team_id').notNull(),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    reviewers: text('reviewers').notNull(),
    scores: jsonb('scores').$type<number[]>().notNull(),
    total: integer('total').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id'),
    createdAt: createdAt(),
  },
  (t) => [index('ips_fidelity_review_team_idx').on(t.teamId, t.reviewedOn)],
);

/**
 * An employment specialist attached to a community team (ADR 0049): the specialist belongs to an
 * IPS team and works inside one or two community teams, whose people's referrals any specialist of
 * that IPS team may take. Holds no one's health information.
 */
export const ipsAttachment = pgTable(
  'ips_attachment',
  {
    workerId: uuid('worker_id')
      .notNull()
      .references(() => worker.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => team.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workerId, t.teamId] }), index('ips_attachment_team_idx').on(t.teamId)],
);

/**
 * A kind of job, and an employer if there is one, that the person is interested in: their job search.
 * The employer is one of the service's employer records or just a name the person gave.
 */
export const ipsJobInterest = pgTable(
  'ips_job_interest',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    jobKind: text('job_kind').notNull(),
    employerId: uuid('employer_id').references(() => ipsEmployer.id),
    /** An employer named without a record; null when there is a record or no employer. */
    employerName: text('employer_name'),
    /** Why it appeals, in the person's words. */
    why: text('why').notNull().default(''),
    status: text('status').notNull(),
    revision: integer('revision').notNull(),
    addedByAccountId: uuid('added_by_account_id'),
    addedByName: text('added_by_name').notNull(),
    addedAt: instant('added_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ips_job_interest_person_idx').on(t.personId, t.addedAt)],
);
