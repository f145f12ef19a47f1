import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DatabaseHandle } from './database';
import { projectPath } from '../config/project-files';
import { rawRows } from './raw-rows';

const migrationsFolder = projectPath('src', 'storage', 'migrations');

// An arbitrary constant: every Tandem server takes this advisory lock while migrating, so
// several servers starting together against one PostgreSQL apply each migration once.
const MIGRATION_LOCK_KEY = 7_246_001;

/** Brings the schema up to date. Safe to run from several servers at once. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // The lock is held on a connection of its own, outside the pool the migrator uses.
  const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
  const client = new pg.Client(pool.options);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePostgres(handle.db as unknown as NodePgDatabase, { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** True when the database holds no organisation yet (used to load the demo on first start). */
export async function isEmptyOrganisation(handle: DatabaseHandle): Promise<boolean> {
  const [row] = await rawRows<{ n: number }>(handle.db, sql`select count(*)::int as n from site`);
  return Number(row?.n ?? 0) === 0;
}

/**
 * Refreshes the planner's statistics. After a bulk load the planner otherwise believes the tables
 * are tiny and scans them whole; PGlite has no autovacuum to do this later.
 */
export async function analyzeDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.db.execute(sql`analyze`);
}
