import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/**
 * A FHIR Bulk Data export asked for by a researcher or manager: taken up by whichever server is free,
 * written as parts of pseudonymised records, and deleted with its parts when it expires.
 */
export const bulkExport = pgTable(
  'bulk_export',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    /** `system` (the whole organisation) or `group` (one team). */
    level: text('level').notNull(),
    groupId: uuid('group_id'),
    resourceTypes: text('resource_types').array().notNull(),
    since: instant('since'),
    /** `pending`, `running`, `completed` or `failed`. */
    status: text('status').notNull(),
    requestUrl: text('request_url').notNull(),
    requestedAt: instant('requested_at').notNull(),
    startedAt: instant('started_at'),
    /** The instant the records were read at, reported to the client as `transactionTime`. */
    transactionTime: instant('transaction_time'),
    completedAt: instant('completed_at'),
    expiresAt: instant('expires_at').notNull(),
    error: text('error'),
  },
  (t) => [index('bulk_export_status_idx').on(t.status, t.requestedAt), index('bulk_export_expiry_idx').on(t.expiresAt)],
);

/**
 * A slice of one file of an export: a file holds up to a few thousand pseudonymised records of one
 * resource type, stored as slices of a few hundred in order (`first_record` is the position of the
 * slice's first record in the file), so it is written and read without holding all of it.
 */
export const bulkExportPart = pgTable(
  'bulk_export_part',
  {
    exportId: uuid('export_id')
      .notNull()
      .references(() => bulkExport.id, { onDelete: 'cascade' }),
    resourceType: text('resource_type').notNull(),
    part: integer('part').notNull(),
    firstRecord: integer('first_record').notNull().default(0),
    count: integer('count').notNull(),
    records: jsonb('records').$type<unknown[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.exportId, t.resourceType, t.part, t.firstRecord] })],
);
