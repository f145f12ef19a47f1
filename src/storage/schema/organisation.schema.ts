import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

// The organisation's frame: sites, teams, workers, the people they serve, and carers with what each
// person chose to share with them.

export const site = pgTable('site', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const team = pgTable('team', {
  id: uuid('id').primaryKey(),
  siteId: uuid('site_id')
    .notNull()
    .references(() => site.id),
  name: text('name').notNull(),
  reviewCadenceMonths: integer('review_cadence_months').notNull().default(12),
  /** How the person and their carers reach the team: "Ring the team on …", in the hours given. */
  phone: text('phone'),
  serviceHours: text('service_hours'),
  /** Raised by every change to the team: a change made from an older version is refused, not saved over. */
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
});

/** Who to ring in a crisis, for the whole service; shown to every person and carer. */
export const crisisContact = pgTable('crisis_contact', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  hours: text('hours'),
  note: text('note'),
  position: integer('position').notNull().default(0),
  createdAt: createdAt(),
});

/**
 * The version of the crisis contacts as one list (they are replaced together): one row, made by the
 * first change. Without it, two administrators editing the list at once would overwrite each other.
 */
export const crisisContactList = pgTable('crisis_contact_list', {
  id: text('id').primaryKey(),
  version: integer('version').notNull(),
});

export const worker = pgTable(
  'worker',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    profession: text('profession').notNull(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => team.id),
    email: text('email'),
    phone: text('phone'),
    leftOn: date('left_on', { mode: 'string' }),
    /** Raised by every edit, so that two people editing at once are told instead of overwriting. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('worker_team_idx').on(t.teamId)],
);

export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    preferredName: text('preferred_name'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => team.id),
    /** The service's identifier for the person (an NHS number, or the service's own number), unique when given. */
    localIdentifier: text('local_identifier'),
    /** The day the person came into the service; gaps in care are counted from here. */
    joinedOn: date('joined_on', { mode: 'string' })
      .notNull()
      .default(sql`current_date`),
    /** Set when the person leaves the service: their care team ends and the record stays, read-only. */
    dischargedOn: date('discharged_on', { mode: 'string' }),
    dischargeReason: text('discharge_reason'),
    dischargeNote: text('discharge_note'),
    /** The person asked to be left out of research exports. */
    researchOptOut: boolean('research_opt_out').notNull().default(false),
    /** Where the person chose to be told that something is waiting for them in Tandem (never what it is). */
    emailAddress: text('email_address'),
    /** The person chose to be emailed; without it, the address is kept but nothing is sent. */
    wantsEmail: boolean('wants_email').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    /** When the row last changed (the database's clock), so a bulk export `_since` sends it again (ADR 0055). */
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('person_team_idx').on(t.teamId), uniqueIndex('person_local_identifier_idx').on(t.localIdentifier)],
);

export const carer = pgTable('carer', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  phone: text('phone'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
});

/** A carer for one person, and what that person has chosen to share with them. */
export const carerLink = pgTable(
  'carer_link',
  {
    personId: uuid('person_id').notNull(),
    carerId: uuid('carer_id')
      .notNull()
      .references(() => carer.id),
    relationship: text('relationship').notNull(),
    sharedScopes: text('shared_scopes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Counts changes of what is shared, so two changes made at once cannot overwrite each other. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.carerId] }), index('carer_link_carer_idx').on(t.carerId)],
);
