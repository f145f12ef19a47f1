import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index';
import { lockDataDir } from './data-dir-lock';

export type Schema = typeof schema;
/** A Drizzle handle on either engine, or a transaction on it. Repositories take this. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** Where the data lives: an embedded folder, an in-memory snapshot (tests) or a PostgreSQL server. */
export type DatabaseTarget =
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'pglite-memory'; snapshot?: Blob | File }
  | { engine: 'postgres'; url: string; poolSize?: number; readOnly?: boolean };

// pg returns int8 (count(*), sums) as strings; PGlite returns numbers. Normalise here so no caller
// sees the difference. Our int8 values are counts and sums far below 2^53.
const INT8_OID = 20;
const postgresTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * No statement runs longer than a minute, and no transaction sits idle holding locks for longer,
 * so one bad request cannot tie up a connection or block others (the slowest figures take seconds).
 */
export const STATEMENT_TIMEOUTS = { statement_timeout: 60_000, idle_in_transaction_session_timeout: 60_000 } as const;

/** Opens the database. The embedded folder is locked so a second process is refused. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      types: postgresTypes,
      ...STATEMENT_TIMEOUTS,
      // A read-only handle refuses writes even when pointed at a primary by mistake.
      ...(target.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
    });
    const db = drizzlePostgres(pool, { schema }) as unknown as Database;
    return { db, engine: 'postgres', close: () => pool.end() };
  }
  if (target.engine === 'pglite-memory') {
    const { PGlite } = await loadPglite();
    const client = await PGlite.create(target.snapshot ? { loadDataDir: target.snapshot } : {});
    return pgliteHandle(client, () => undefined);
  }
  const lock = lockDataDir(target.dataDir);
  try {
    const { PGlite } = await loadPglite();
    const client = await PGlite.create(join(target.dataDir, 'pglite'));
    return await pgliteHandle(client, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

// Loaded only when used: the embedded engine adds about 50 MB to a process that never opens it.
const loadPglite = () => import('@electric-sql/pglite');
const loadPgliteDriver = () => import('drizzle-orm/pglite');

async function pgliteHandle(client: PGlite, afterClose: () => void): Promise<DatabaseHandle> {
  const { drizzle: drizzlePglite } = await loadPgliteDriver();
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await client.close();
      afterClose();
    },
  };
}

/** True when the database answers a trivial query: the readiness check. */
export async function isDatabaseReady(handle: DatabaseHandle): Promise<boolean> {
  await handle.db.execute(sql`select 1`);
  return true;
}

/** The raw PGlite client behind a handle, for snapshots in tests. */
export function pgliteClientOf(handle: DatabaseHandle): PGlite {
  return (handle.db as unknown as { $client: PGlite }).$client;
}
