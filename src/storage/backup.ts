import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { openDatabase, pgliteClientOf } from './database';

/** Where the data lives, as the backup and restore commands see it. */
export type BackupTarget = { engine: 'pglite'; dataDir: string } | { engine: 'postgres'; url: string };

/** Thrown with a message for the person running the command. */
export class BackupError extends Error {
  override name = 'BackupError';
}

// pg_dump's custom format starts with these bytes; a PGlite snapshot is a gzipped tar.
const PG_DUMP_MAGIC = 'PGDMP';

/**
 * Writes a consistent copy of the whole database to `file`. The embedded database is copied
 * through PGlite itself while this process holds the data folder's lock (so no server is writing);
 * PostgreSQL is copied by pg_dump, which reads one snapshot of every table.
 */
export async function backupDatabase(target: BackupTarget, file: string): Promise<void> {
  if (target.engine === 'postgres') {
    await runTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${file}`,
      `--dbname=${target.url}`,
    ]);
    return;
  }
  const handle = await openDatabase({ engine: 'pglite', dataDir: target.dataDir });
  try {
    const snapshot = await pgliteClientOf(handle).dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  } finally {
    await handle.close();
  }
}

/**
 * Restores a backup made by backupDatabase on the same engine. The embedded database is restored
 * into an empty data folder only; PostgreSQL objects in the target database are replaced.
 */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`There is no backup file at ${file}.`);
  const isPgDump = readFileSync(file).subarray(0, PG_DUMP_MAGIC.length).toString('latin1') === PG_DUMP_MAGIC;
  if (target.engine === 'postgres') {
    if (!isPgDump)
      throw new BackupError(
        'That file is a backup of the embedded database, not of PostgreSQL. Restore it with DATABASE_URL unset.',
      );
    await runTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${target.url}`,
      file,
    ]);
    return;
  }
  if (isPgDump)
    throw new BackupError(
      'That file is a PostgreSQL backup. Restore it with DATABASE_URL set to the PostgreSQL database.',
    );
  const folder = join(target.dataDir, 'pglite');
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new BackupError(
      `${target.dataDir} already holds a database. Restore into an empty data folder (TANDEM_DATA_DIR), or move the old one away first.`,
    );
  }
  const lock = lockDataDir(target.dataDir);
  try {
    const client = await PGlite.create(folder, { loadDataDir: new Blob([readFileSync(file)]) });
    await client.query('select 1');
    await client.close();
  } finally {
    lock.release();
  }
}

/** Runs a PostgreSQL client tool, saying plainly when it is not installed or what it complained of. */
function runTool(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${tool} is not installed. Install the PostgreSQL client tools of your server's version (on Debian: apt-get install postgresql-client) and try again.`,
            )
          : error,
      );
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${tool} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
