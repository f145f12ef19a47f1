import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';

// What each carer may see is the person's choice; every change of it is kept as a consent record.

/**
 * One scope given to or withdrawn from one carer, by whom and, when someone acts on the person's
 * behalf, why. Never changed or deleted: the current choice is carer_link.shared_scopes, and these
 * rows are its history, which the person reads.
 */
export const carerConsent = pgTable(
  'carer_consent',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    carerId: uuid('carer_id').notNull(),
    scope: text('scope').notNull(),
    /** 'given' or 'withdrawn'. */
    change: text('change').notNull(),
    changedAt: instant('changed_at').notNull(),
    byAccountId: uuid('by_account_id'),
    byName: text('by_name').notNull(),
    /** Null when the person chose themselves; otherwise why someone recorded it for them. */
    onBehalfReason: text('on_behalf_reason'),
    createdAt: createdAt(),
  },
  (t) => [index('carer_consent_person_idx').on(t.personId, t.changedAt)],
);
