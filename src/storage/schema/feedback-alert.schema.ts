import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A worker's note that they have seen a relationship-feedback alert, with who and when. Alerts
 * themselves are computed from the feedback, never stored; the key names the alert (ADR 0020).
 * Keyed by person first and no foreign keys, like every per-person table (ADR 0002).
 */
export const feedbackAlertAcknowledgement = pgTable(
  'feedback_alert_acknowledgement',
  {
    personId: uuid('person_id').notNull(),
    workerId: uuid('worker_id').notNull(),
    alertKey: text('alert_key').notNull(),
    acknowledgedByAccountId: uuid('acknowledged_by_account_id').notNull(),
    acknowledgedByName: text('acknowledged_by_name').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.workerId, t.alertKey] })],
);
