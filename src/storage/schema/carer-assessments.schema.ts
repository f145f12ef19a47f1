import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';

// A carer asking the person's care team for a carer's assessment, and the team's answer. It is the
// carer's own request: keyed by person for access through the care team, never shown to the person.

export const carerAssessmentRequest = pgTable(
  'carer_assessment_request',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    carerId: uuid('carer_id').notNull(),
    /** What the carer would like the team to know, in their words; optional. */
    carerNote: text('carer_note'),
    requestedAt: instant('requested_at').notNull(),
    /** 'requested', 'accepted', 'arranged' or 'declined'. */
    status: text('status').notNull().default('requested'),
    arrangedOn: date('arranged_on', { mode: 'string' }),
    declineReason: text('decline_reason'),
    answeredByName: text('answered_by_name'),
    answeredAt: instant('answered_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('carer_assessment_request_person_idx').on(t.personId, t.status),
    index('carer_assessment_request_carer_idx').on(t.carerId),
    // One open request per carer and person (the service also checks, with a clear message).
    uniqueIndex('carer_assessment_request_one_open_idx')
      .on(t.personId, t.carerId)
      .where(sql`status in ('requested', 'accepted')`),
  ],
);
