import { boolean, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';

// The safety plan is a co-produced document (care_plan tables, kind 'safety_plan'); this is what
// only the safety plan has: the person's choice whether the care team must agree a version.

/** The person's choice, one row per person; no row means the team's agreement is not needed. */
export const safetyPlanPreference = pgTable('safety_plan_preference', {
  personId: uuid('person_id').primaryKey(),
  teamMustAgree: boolean('team_must_agree').notNull(),
  updatedAt: instant('updated_at').notNull(),
  updatedByName: text('updated_by_name').notNull(),
});
