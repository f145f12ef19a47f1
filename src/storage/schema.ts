import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// One schema for PGlite and PostgreSQL. Every table holding a person's data carries person_id
// and is keyed so it can be distributed by person later; hot per-person tables have no foreign
// keys to other people's rows (ADR 0002).

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const site = pgTable('site', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const team = pgTable('team', {
  id: uuid('id').primaryKey(),
  siteId: uuid('site_id').notNull().references(() => site.id),
  name: text('name').notNull(),
  reviewCadenceMonths: integer('review_cadence_months').notNull().default(12),
  /** How the person and their carers reach the team: "Ring the team on …", in the hours given. */
  phone: text('phone'),
  serviceHours: text('service_hours'),
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

export const worker = pgTable(
  'worker',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    profession: text('profession').notNull(),
    teamId: uuid('team_id').notNull().references(() => team.id),
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
    teamId: uuid('team_id').notNull().references(() => team.id),
    /** The service's identifier for the person (an NHS number, or the service's own number), unique when given. */
    localIdentifier: text('local_identifier'),
    /** The day the person came into the service; gaps in care are counted from here. */
    joinedOn: date('joined_on', { mode: 'string' }).notNull().default(sql`current_date`),
    /** Set when the person leaves the service: their care team ends and the record stays, read-only. */
    dischargedOn: date('discharged_on', { mode: 'string' }),
    dischargeReason: text('discharge_reason'),
    dischargeNote: text('discharge_note'),
    /** The person asked to be left out of research exports. */
    researchOptOut: boolean('research_opt_out').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('person_team_idx').on(t.teamId),
    uniqueIndex('person_local_identifier_idx').on(t.localIdentifier),
  ],
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
    carerId: uuid('carer_id').notNull().references(() => carer.id),
    relationship: text('relationship').notNull(),
    sharedScopes: text('shared_scopes').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.carerId] }), index('carer_link_carer_idx').on(t.carerId)],
);

export const account = pgTable(
  'account',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    workerId: uuid('worker_id').references(() => worker.id),
    personId: uuid('person_id'),
    carerId: uuid('carer_id').references(() => carer.id),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('account_username_idx').on(t.username), index('account_person_idx').on(t.personId)],
);

/** Sessions live in the database so that application servers stay stateless. Only a hash of the token is kept. */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id').notNull().references(() => account.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('session_account_idx').on(t.accountId)],
);

/** The relationship record: who is in a person's care team, in which role, over which half-open period. */
export const careTeamMembership = pgTable(
  'care_team_membership',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    workerId: uuid('worker_id').notNull().references(() => worker.id),
    role: text('role').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    endReason: text('end_reason'),
    endNote: text('end_note'),
    handoverNote: text('handover_note'),
    createdAt: createdAt(),
  },
  (t) => [
    index('membership_person_idx').on(t.personId, t.startsOn),
    index('membership_worker_idx').on(t.workerId, t.endsOn),
    // At most one open care-coordinator membership per person (the service also checks, with a clear message).
    uniqueIndex('membership_one_open_coordinator_idx')
      .on(t.personId)
      .where(sql`role = 'care_coordinator' and ends_on is null`),
  ],
);

export const contact = pgTable(
  'contact',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: text('mode').notNull(),
    kind: text('kind').notNull(),
    beyondRoutine: boolean('beyond_routine').notNull().default(false),
    beyondRoutineNote: text('beyond_routine_note'),
    adminMinutes: integer('admin_minutes').notNull().default(0),
    note: text('note'),
    recordedByAccountId: uuid('recorded_by_account_id'),
    recordedAt: createdAt(),
  },
  (t) => [
    index('contact_person_time_idx').on(t.personId, t.occurredAt),
  ],
);

/**
 * The workers present at a contact: one row per visit. Carries person_id so it distributes with
 * the contact, and the contact's occurred_at (written with it; a contact's time never changes) so
 * that continuity analytics read a period's visits from one index, without the contact table.
 */
export const contactWorker = pgTable(
  'contact_worker',
  {
    contactId: uuid('contact_id').notNull(),
    personId: uuid('person_id').notNull(),
    workerId: uuid('worker_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.contactId, t.workerId] }),
    index('contact_worker_worker_idx').on(t.workerId, t.personId),
    // Each person's visits in time order, ties by worker, as continuity's lag() needs them: a
    // period's visits come from this index alone, with no join and no sort.
    index('contact_worker_person_time_idx').on(t.personId, t.occurredAt, t.workerId),
  ],
);

export const review = pgTable(
  'review',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    heldOn: date('held_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('review_person_idx').on(t.personId, t.dueOn)],
);

/** A worker's recorded reason for opening a record outside their care team. The person is shown it. */
export const breakGlass = pgTable(
  'break_glass',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    accountId: uuid('account_id').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('break_glass_person_account_idx').on(t.personId, t.accountId, t.expiresAt)],
);

/**
 * Who did what to whose record, and why. Hash-chained per chain key (the person, or "system")
 * so that tampering shows. Never updated or deleted.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey(),
    chainKey: text('chain_key').notNull(),
    sequence: integer('sequence').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    accountId: uuid('account_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    personId: uuid('person_id'),
    basis: text('basis'),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_chain_sequence_idx').on(t.chainKey, t.sequence),
    index('audit_person_time_idx').on(t.personId, t.occurredAt),
  ],
);
