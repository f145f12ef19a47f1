import { asc, desc, eq, sql } from 'drizzle-orm';
import { auditHash, GENESIS_HASH } from '../domain/audit/audit-hash';
import type { AccessBasis } from '../domain/access/person-access-policy';
import type { AuditEventRecord, AuditRepository, NewAuditEvent } from '../services/audit/ports';
import type { Database } from './database';
import { auditEvent } from './schema/audit.schema';

/** Events about a person chain per person; others chain per account. See ADR 0004. */
export const chainKeyOf = (event: Pick<NewAuditEvent, 'personId' | 'accountId'>): string =>
  event.personId ? `person:${event.personId}` : `account:${event.accountId ?? 'system'}`;

const toRecord = (row: typeof auditEvent.$inferSelect): AuditEventRecord => ({ ...row, basis: row.basis as AccessBasis | null });

/** The append-only, hash-chained audit trail. */
export function createAuditRepository(db: Database): AuditRepository {
  return {
    append: async (event) => {
      const chainKey = chainKeyOf(event);
      // Serialise appends to one chain until this transaction ends, so two servers cannot fork it.
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${chainKey}))`);
      const [last] = await db
        .select({ sequence: auditEvent.sequence, hash: auditEvent.hash })
        .from(auditEvent)
        .where(eq(auditEvent.chainKey, chainKey))
        .orderBy(desc(auditEvent.sequence))
        .limit(1);
      const previousHash = last?.hash ?? GENESIS_HASH;
      const record: AuditEventRecord = { ...event, chainKey, sequence: (last?.sequence ?? 0) + 1, previousHash, hash: auditHash(previousHash, event) };
      await db.insert(auditEvent).values(record);
      return record;
    },
    listForPerson: async (personId, { limit }) =>
      (await db.select().from(auditEvent).where(eq(auditEvent.personId, personId)).orderBy(desc(auditEvent.occurredAt), desc(auditEvent.sequence)).limit(limit)).map(toRecord),
    listChain: async (chainKey) =>
      (await db.select().from(auditEvent).where(eq(auditEvent.chainKey, chainKey)).orderBy(asc(auditEvent.sequence))).map(toRecord),
  };
}
