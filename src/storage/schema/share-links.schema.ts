import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/**
 * Links that open one of a person's documents (their safety plan) read-only, without an account.
 * The token is shown once; the row keeps its selector and the SHA-256 hash of its verifier.
 */
export const shareLink = pgTable(
  'share_link',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    documentKind: text('document_kind').notNull(),
    selector: text('selector').notNull(),
    verifierHash: text('verifier_hash').notNull(),
    label: text('label').notNull(),
    createdByAccountId: uuid('created_by_account_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    consent: text('consent'),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    lastOpenedAt: instant('last_opened_at'),
    openCount: integer('open_count').notNull().default(0),
  },
  (t) => [uniqueIndex('share_link_selector_idx').on(t.selector), index('share_link_person_idx').on(t.personId)],
);
