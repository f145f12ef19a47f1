import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { adminQuery, withDatabase } from '../../test/support/global-setup';
import type { TestDatabase } from '../../test/support/test-database';
import { loadConfig } from '../config/config';
import { openDatabase, type DatabaseHandle } from '../storage/database';
import { createRepositories } from '../storage/unit-of-work';
import { openRuntime } from './runtime';

const postgres = inject('postgresTemplate');
const created: string[] = [];
afterAll(async () => {
  for (const name of created) await adminQuery(postgres!.adminUrl, `drop database if exists ${name}`);
});

/** A new database: from the migrated template, or a copy of another (which must have no connections). */
async function newDatabase(from: string): Promise<string> {
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(postgres!.adminUrl, `create database ${name} template ${from}`);
  created.push(name);
  return name;
}

/** A worker coordinating one person, written through the repositories on `handle`. */
async function coordinatorWithOnePerson(handle: DatabaseHandle, runtimeDeps: TestDatabase['deps']) {
  const f = createFactories({ repositories: createRepositories(handle.db), deps: runtimeDeps } as TestDatabase);
  const team = await f.team();
  const worker = await f.worker({ teamId: team.id });
  await f.membership((await f.person({ teamId: team.id })).id, worker.id);
  return worker;
}

const WINDOW = { from: '2026-01-01', to: '2026-06-15' };

describe.runIf(postgres)('DATABASE_READ_URL (PostgreSQL)', () => {
  it('sends analytics to the read-only copy and everything else to the primary', async () => {
    const primary = await newDatabase(postgres!.templateName);
    const primaryUrl = withDatabase(postgres!.adminUrl, primary);
    const seeding = await openDatabase({ engine: 'postgres', url: primaryUrl });
    const runtimeForSeeding = await openRuntime(loadConfig({ DATABASE_URL: primaryUrl }));
    const copied = await coordinatorWithOnePerson(seeding, runtimeForSeeding.services);
    await runtimeForSeeding.close();
    await seeding.close();
    const replica = await newDatabase(primary); // the copy, as a replica would be at that moment

    const runtime = await openRuntime(
      loadConfig({ DATABASE_URL: primaryUrl, DATABASE_READ_URL: withDatabase(postgres!.adminUrl, replica) }),
    );
    try {
      const onlyOnPrimary = await coordinatorWithOnePerson(runtime.handle, runtime.services);
      const figures = await runtime.services.analytics!.caseloadSizes(WINDOW, {});
      expect(figures.map((f) => f.workerId)).toEqual([copied.id]);
      const workers = await createRepositories(runtime.handle.db).organisation.listWorkers({});
      expect(workers.map((w) => w.id).sort()).toEqual([copied.id, onlyOnPrimary.id].sort());
    } finally {
      await runtime.close();
    }
  });

  it('refuses writes through the read handle even when it points at a primary', async () => {
    const name = await newDatabase(postgres!.templateName);
    const readOnly = await openDatabase({
      engine: 'postgres',
      url: withDatabase(postgres!.adminUrl, name),
      readOnly: true,
    });
    try {
      // 25006: read_only_sql_transaction.
      await expect(
        readOnly.db.execute(sql`insert into site (id, name) values (gen_random_uuid(), 'x')`),
      ).rejects.toMatchObject({ cause: { code: '25006' } });
    } finally {
      await readOnly.close();
    }
  });

  it('needs DATABASE_URL beside it', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/tandem' })).toThrow(
      /DATABASE_READ_URL: a read replica needs DATABASE_URL/,
    );
  });
});
