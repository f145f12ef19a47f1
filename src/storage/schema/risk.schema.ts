import { boolean, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';

// Risk talked about together: when and how the risk and safety formulation was discussed with the
// person. The formulation itself is a co-produced document (care-plan.schema.ts, kind risk_formulation).

/** One discussion of the formulation with the person, as a worker recorded it. Never changed afterwards. */
export const riskDiscussion = pgTable(
  'risk_discussion',
  {
    personId: uuid('person_id').notNull(),
    id: uuid('id').notNull(),
    discussedOn: date('discussed_on', { mode: 'string' }).notNull(),
    mode: text('mode').notNull(),
    /** The person's response in their own words; null when they chose not to discuss it now. */
    response: text('response'),
    isDeclined: boolean('is_declined').notNull(),
    formulationVersion: integer('formulation_version').notNull(),
    recordedByAccountId: uuid('recorded_by_account_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: instant('recorded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.id] }),
    index('risk_discussion_person_idx').on(t.personId, t.discussedOn),
  ],
);

/** When the person's positive risk-taking plan will be looked at again, and who set that day last. */
export const positiveRiskPlanReview = pgTable('positive_risk_plan_review', {
  personId: uuid('person_id').primaryKey(),
  reviewOn: date('review_on', { mode: 'string' }).notNull(),
  updatedAt: instant('updated_at').notNull(),
  updatedByName: text('updated_by_name').notNull(),
});
