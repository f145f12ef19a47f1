import { and, count, eq, isNull } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { OutboxEmail, OutboxRepository } from '../services/email/ports';
import type { Database } from './database';
import { rawRows } from './raw-rows';
import { emailOutbox as o } from './schema/email.schema';

/** The email outbox: queued in a use case's transaction, sent by a server's delivery loop. */
export function createOutboxRepository(db: Database): OutboxRepository {
  return {
    enqueue: async (email) =>
      void (await db.insert(o).values({
        id: email.id,
        toAddress: email.toAddress,
        subject: email.subject,
        body: email.text,
        createdAt: email.createdAt,
        sendAfter: email.createdAt,
      })),
    claimDue: async (now, claimedUntil, limit) => {
      // One statement: the rows are locked as they are chosen, and rows another server has locked are
      // skipped, so two servers never take the same email.
      const rows = await rawRows<{ id: string; to_address: string; subject: string; body: string; attempts: number }>(
        db,
        sql`update email_outbox as e
               set claimed_until = ${claimedUntil.toISOString()}::timestamptz
              from (select id from email_outbox
                     where sent_at is null and abandoned_at is null
                       and send_after <= ${now.toISOString()}::timestamptz
                       and (claimed_until is null or claimed_until < ${now.toISOString()}::timestamptz)
                     order by send_after, id
                     limit ${limit}
                     for update skip locked) as due
             where e.id = due.id
         returning e.id, e.to_address, e.subject, e.body, e.attempts`,
      );
      return rows.map((row): OutboxEmail => ({
        id: row.id,
        toAddress: row.to_address,
        subject: row.subject,
        text: row.body,
        attempts: Number(row.attempts),
      }));
    },
    markSent: async (id, at) =>
      void (await db
        .update(o)
        .set({ sentAt: at, claimedUntil: null, attempts: sql`${o.attempts} + 1`, lastError: null })
        .where(eq(o.id, id))),
    markFailed: async (id, error, at, retryAt) =>
      void (await db
        .update(o)
        .set({
          attempts: sql`${o.attempts} + 1`,
          lastError: error.slice(0, 1_000),
          claimedUntil: null,
          ...(retryAt ? { sendAfter: retryAt } : { abandonedAt: at }),
        })
        .where(eq(o.id, id))),
    countWaiting: async () => {
      const [row] = await db
        .select({ waiting: count() })
        .from(o)
        .where(and(isNull(o.sentAt), isNull(o.abandonedAt)));
      return row?.waiting ?? 0;
    },
  };
}
