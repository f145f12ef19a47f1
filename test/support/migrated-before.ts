import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { expect, inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/storage/database';
import { adminQuery, withDatabase } from './global-setup';

const MIGRATIONS = fileURLToPath(new URL('../../src/storage/migrations', import.meta.url));

/**
 * A new database (embedded, or PostgreSQL when the run has one) migrated up to, and not including,
 * the migration whose tag ends with `tagSuffix`, so a test can write rows as they were before it and
 * then migrate the rest of the way. `close` ends the database and removes everything it made.
 */
export async function openDatabaseMigratedBefore(
  tagSuffix: string,
): Promise<{ handle: DatabaseHandle; close: () => Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tagSuffix));
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));

  const postgres = inject('postgresTemplate');
  const name = `tandem_migration_${randomBytes(6).toString('hex')}`;
  if (postgres) await adminQuery(postgres.adminUrl, `create database ${name}`);
  const handle = postgres
    ? await openDatabase({ engine: 'postgres', url: withDatabase(postgres.adminUrl, name), poolSize: 1 })
    : await openDatabase({ engine: 'pglite-memory' });
  const close = async () => {
    await handle.close();
    rmSync(folder, { recursive: true, force: true });
    if (postgres) await adminQuery(postgres.adminUrl, `drop database if exists ${name}`);
  };
  try {
    if (handle.engine === 'pglite')
      await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    else await migratePostgres(handle.db as unknown as NodePgDatabase, { migrationsFolder: folder });
  } catch (error) {
    await close();
    throw error;
  }
  return { handle, close };
}
