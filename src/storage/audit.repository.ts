import { and, asc, count, desc, eq, getTableColumns, gt, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AccessBasis } from '../domain/access/person-access-policy';
import type { AuditEventRecord, AuditRepository, NewAuditEvent, SealedAuditEvent } from '../services/audit/ports';
import type { Database } from './database';
import { preparedStatement } from './prepared-statement';
import { auditEvent } from './schema/audit.schema';

/** Events about a person chain per person; others chain per account. See ADR 0004. */
export const chainKeyOf = (event: Pick<NewAuditEvent, 'personId' | 'accountId'>): string =>
  event.personId ? `person:${event.personId}` : `account:${event.accountId ?? 'system'}`;

const toRecord = (row: typeof auditEvent.$inferSelect): AuditEventRecord => ({
  ...row,
  basis: row.basis as AccessBasis | null,
});

/** Every request that reads or changes a person's data runs it: built once, prepared (decision 0051). */
const appendStatement = preparedStatement('audit_append', (db) =>
  db.insert(auditEvent).values(
    // Every column from the record of the same name.
    Object.fromEntries(Object.keys(getTableColumns(auditEvent)).map((key) => [key, sql.placeholder(key)])) as Record<
      keyof AuditEventRecord,
      ReturnType<typeof sql.placeholder>
    >,
  ),
);

/**
 * The append-only audit trail. Requests only insert; the sequencer (audit-sequencer.ts) gives each
 * event its sequence number and hashes afterwards, so reads never queue on a chain (ADR 0018).
 */
export function createAuditRepository(db: Database): AuditRepository {
  return {
    append: async (event) => {
      const record: AuditEventRecord = {
        ...event,
        chainKey: chainKeyOf(event),
        sequence: null,
        previousHash: null,
        hash: null,
        hashVersion: null,
      };
      await appendStatement.run(db, record);
      return record;
    },
    listForPerson: async (personId, { limit, before }) =>
      (
        await db
          .select()
          .from(auditEvent)
          .where(
            and(
              eq(auditEvent.personId, personId),
              before
                ? sql`(${auditEvent.occurredAt}, ${auditEvent.id}) < (${before.occurredAt.toISOString()}::timestamptz, ${before.id}::uuid)`
                : undefined,
            ),
          )
          .orderBy(desc(auditEvent.occurredAt), desc(auditEvent.id))
          .limit(limit)
      ).map(toRecord),
    listChain: async (chainKey) =>
      (
        await db
          .select()
          .from(auditEvent)
          .where(eq(auditEvent.chainKey, chainKey))
          .orderBy(sql`${auditEvent.sequence} asc nulls last`, asc(auditEvent.occurredAt), asc(auditEvent.id))
      ).map(toRecord),
    scanSealed: async ({ after, chainKey, limit }) => {
      const conditions: (SQL | undefined)[] = [isNotNull(auditEvent.sequence)];
      if (chainKey) conditions.push(eq(auditEvent.chainKey, chainKey));
      if (after) {
        conditions.push(
          or(
            gt(auditEvent.chainKey, after.chainKey),
            and(eq(auditEvent.chainKey, after.chainKey), gt(auditEvent.sequence, after.sequence)),
          ),
        );
      }
      const rows = await db
        .select()
        .from(auditEvent)
        .where(and(...conditions))
        .orderBy(asc(auditEvent.chainKey), asc(auditEvent.sequence))
        .limit(limit);
      return rows.map(toRecord) as SealedAuditEvent[];
    },
    countUnsealed: async ({ chainKey }) => {
      const [row] = await db
        .select({ n: count() })
        .from(auditEvent)
        .where(and(isNull(auditEvent.sequence), chainKey ? eq(auditEvent.chainKey, chainKey) : undefined));
      return Number(row?.n ?? 0);
    },
  };
}
