import { asc, isNull, sql } from 'drizzle-orm';
import { AUDIT_HASH_VERSION, auditHash, GENESIS_HASH } from '../domain/audit/audit-hash';
import type { Database, DatabaseHandle } from './database';
import { rawRows } from './raw-rows';
import { auditEvent } from './schema/audit.schema';

/** An arbitrary constant: the one advisory lock that elects the sequencer across every server. */
export const SEQUENCER_LOCK_KEY = 7_246_018;

/** How often a server tries to seal, and how many events one batch seals at most. */
export const AUDIT_SEAL_INTERVAL_MS = 250;
export const AUDIT_SEAL_BATCH = 2_000;

/** What one sealing pass did: `null` when another server's sequencer held the lock. */
export type SealResult = { sealed: number } | null;

/**
 * Gives every committed, unsealed audit event its sequence number and hashes, oldest first, in one
 * transaction. Only the holder of the advisory lock seals, so two servers never number a chain
 * twice; the unique (chain_key, sequence) index is the second guard. Events still being written
 * by an open transaction are not visible yet and are sealed by a later pass.
 */
export async function sealAuditEvents(db: Database, options: { limit?: number } = {}): Promise<SealResult> {
  return db.transaction(async (tx) => {
    const [lock] = await rawRows<{ is_leader: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${SEQUENCER_LOCK_KEY}) as is_leader`,
    );
    if (!lock?.is_leader) return null;
    const pending = await tx
      .select()
      .from(auditEvent)
      .where(isNull(auditEvent.sequence))
      .orderBy(asc(auditEvent.occurredAt), asc(auditEvent.id))
      .limit(options.limit ?? AUDIT_SEAL_BATCH);
    if (pending.length === 0) return { sealed: 0 };
    const heads = await chainHeads(tx, [...new Set(pending.map((event) => event.chainKey))]);
    const sealed = pending.map((event) => {
      const head = heads.get(event.chainKey) ?? { sequence: 0, hash: GENESIS_HASH };
      const hash = auditHash(head.hash, event);
      heads.set(event.chainKey, { sequence: head.sequence + 1, hash });
      return {
        id: event.id,
        sequence: head.sequence + 1,
        previous_hash: head.hash,
        hash,
        hash_version: AUDIT_HASH_VERSION,
      };
    });
    await tx.execute(sql`
      update audit_event as a
         set sequence = v.sequence, previous_hash = v.previous_hash, hash = v.hash, hash_version = v.hash_version
        from jsonb_to_recordset(${JSON.stringify(sealed)}::jsonb) as v(id uuid, sequence integer, previous_hash text, hash text, hash_version smallint)
       where a.id = v.id and a.sequence is null`);
    return { sealed: sealed.length };
  });
}

/** The last sealed event of each chain: one index probe per chain. */
async function chainHeads(db: Database, chainKeys: string[]): Promise<Map<string, { sequence: number; hash: string }>> {
  const rows = await rawRows<{ chain_key: string; sequence: number; hash: string }>(
    db,
    sql`select k.chain_key, h.sequence, h.hash
          from jsonb_array_elements_text(${JSON.stringify(chainKeys)}::jsonb) as k(chain_key)
          cross join lateral (
            select e.sequence, e.hash from audit_event e
             where e.chain_key = k.chain_key and e.sequence is not null
             order by e.sequence desc limit 1) h`,
  );
  return new Map(rows.map((row) => [row.chain_key, { sequence: Number(row.sequence), hash: row.hash }]));
}

/** Seals until nothing is left (or another server holds the lock); returns how many this server sealed. */
export async function sealAllAuditEvents(db: Database, options: { limit?: number } = {}): Promise<number> {
  const limit = options.limit ?? AUDIT_SEAL_BATCH;
  let total = 0;
  for (;;) {
    const result = await sealAuditEvents(db, { limit });
    if (!result) return total;
    total += result.sealed;
    if (result.sealed < limit) return total;
  }
}

export interface AuditSequencer {
  /** Stops the timer, waits for a pass under way, and seals what is left once more. */
  stop(): Promise<void>;
}

/**
 * Runs the sequencer in this server every few hundred milliseconds. Every server runs one; the
 * advisory lock lets one of them seal at a time, so a server that stops is replaced at once.
 */
export function startAuditSequencer(
  handle: DatabaseHandle,
  options: { everyMs?: number; onError?: (error: unknown) => void } = {},
): AuditSequencer {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = sealAllAuditEvents(handle.db)
      .then(() => undefined)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.everyMs ?? AUDIT_SEAL_INTERVAL_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await sealAllAuditEvents(handle.db).catch((error: unknown) => options.onError?.(error));
    },
  };
}
