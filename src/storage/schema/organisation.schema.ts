import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
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
  siteId: uuid('site_id').notNull().references(() => site.id),
  name: text('name').notNull(),
  reviewCadenceMonths: integer('review_cadence_months').notNull().default(12),
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
    createdAt: createdAt(),
  },
  (t) => [index('person_team_idx').on(t.teamId)],
);

export const carer = pgTable('carer', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  phone: text('phone'),
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
