import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { adminQuery, withDatabase } from '../../../test/support/global-setup';
import { testServiceDeps, type TestDatabase } from '../../../test/support/test-database';
import { verifyAuditChains } from '../../services/audit/verify-audit-chains';
import { getPerson } from '../../services/people/get-person';
import { backupDatabase, BackupError, restoreDatabase, type BackupTarget } from '../../storage/backup';
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from '../../storage/database';
import { migrateDatabase } from '../../storage/migrate';
import { sealAllAuditEvents } from '../../storage/audit-sequencer';
import { createRepositories } from '../../storage/unit-of-work';

const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-backup-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function asTestDatabase(handle: DatabaseHandle): TestDatabase {
  const deps = testServiceDeps(handle);
  return {
    handle,
    engine: handle.engine,
    deps,
    repositories: createRepositories(handle.db),
    sealAudit: async () => {
      await sealAllAuditEvents(handle.db);
    },
    setNow: () => undefined,
    close: () => handle.close(),
  };
}

/** Fills a database with a person, their care team and audited reads; returns what the API would read back. */
async function fill(target: DatabaseTarget) {
  const handle = await openDatabase(target);
  try {
    await migrateDatabase(handle);
    const t = asTestDatabase(handle);
    const world = await createFactories(t).careTeamWorld();
    const read = await getPerson(t.deps, { personId: world.person.id }, world.coordinatorActor);
    return { world, read };
  } finally {
    await handle.close();
  }
}

/** Seals what is waiting, then checks every audit chain link by link (ADR 0018); returns how many chains. */
async function verifyChains(t: TestDatabase): Promise<number> {
  await t.sealAudit();
  const verification = await verifyAuditChains(t.deps, {});
  expect(verification.breaks).toEqual([]);
  expect(verification.unsealed).toBe(0);
  return verification.chainsChecked;
}

async function expectSameReads(target: DatabaseTarget, filled: Awaited<ReturnType<typeof fill>>): Promise<void> {
  const handle = await openDatabase(target);
  try {
    const t = asTestDatabase(handle);
    expect(await verifyChains(t)).toBeGreaterThan(0);
    const read = await getPerson(t.deps, { personId: filled.world.person.id }, filled.world.coordinatorActor);
    expect(read).toEqual(filled.read);
    expect(await verifyChains(t)).toBeGreaterThan(0);
  } finally {
    await handle.close();
  }
}

describe('backup and restore', () => {
  it('restores the embedded database into an empty folder: the same reads, and every audit chain verifies', async () => {
    const source = scratch();
    const filled = await fill({ engine: 'pglite', dataDir: source });
    const file = join(scratch(), 'tandem.backup');
    await backupDatabase({ engine: 'pglite', dataDir: source }, file);
    const copy = scratch();
    await restoreDatabase({ engine: 'pglite', dataDir: copy }, file);
    await expectSameReads({ engine: 'pglite', dataDir: copy }, filled);
  }, 120_000);

  it('refuses to restore over a database, and a backup of the other engine, saying what to do', async () => {
    const source = scratch();
    await fill({ engine: 'pglite', dataDir: source });
    const file = join(scratch(), 'tandem.backup');
    await backupDatabase({ engine: 'pglite', dataDir: source }, file);
    await expect(restoreDatabase({ engine: 'pglite', dataDir: source }, file)).rejects.toThrow(
      /already holds a database/,
    );
    const pgDump = join(scratch(), 'pg.backup');
    writeFileSync(pgDump, 'PGDMP not really');
    await expect(restoreDatabase({ engine: 'pglite', dataDir: scratch() }, pgDump)).rejects.toThrow(BackupError);
    await expect(restoreDatabase({ engine: 'postgres', url: 'postgres://nowhere/x' }, file)).rejects.toThrow(
      /embedded database/,
    );
  }, 120_000);

  it('says plainly when pg_dump is not installed', async () => {
    const path = process.env.PATH;
    process.env.PATH = scratch();
    try {
      await expect(
        backupDatabase({ engine: 'postgres', url: 'postgres://nowhere/x' }, join(scratch(), 'x')),
      ).rejects.toThrow(/pg_dump is not installed/);
    } finally {
      process.env.PATH = path;
    }
  });

  const postgres = inject('postgresTemplate');
  const hasTools = (() => {
    try {
      execFileSync('pg_dump', ['--version']);
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(postgres && hasTools)(
    'restores PostgreSQL with pg_dump and pg_restore: the same reads, and every audit chain verifies',
    async () => {
      const { adminUrl, templateName } = postgres!;
      const suffix = Math.random().toString(36).slice(2, 10);
      const [sourceName, copyName] = [`tandem_backup_src_${suffix}`, `tandem_backup_copy_${suffix}`];
      await adminQuery(adminUrl, `create database ${sourceName} template ${templateName}`);
      await adminQuery(adminUrl, `create database ${copyName}`);
      try {
        const source: BackupTarget & DatabaseTarget = { engine: 'postgres', url: withDatabase(adminUrl, sourceName) };
        const copy: BackupTarget & DatabaseTarget = { engine: 'postgres', url: withDatabase(adminUrl, copyName) };
        const filled = await fill(source);
        const file = join(scratch(), 'tandem.pgdump');
        await backupDatabase(source, file);
        await restoreDatabase(copy, file);
        await expectSameReads(copy, filled);
      } finally {
        await adminQuery(adminUrl, `drop database if exists ${sourceName}`);
        await adminQuery(adminUrl, `drop database if exists ${copyName}`);
      }
    },
    120_000,
  );
});
