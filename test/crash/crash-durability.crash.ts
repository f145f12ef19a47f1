import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseTarget } from '../../src/storage/database';
import { migrateDatabase } from '../../src/storage/migrate';
import { createRepositories } from '../../src/storage/unit-of-work';
import { sealAllAuditEvents } from '../../src/storage/audit-sequencer';
import { createFactories } from '../support/factories';
import { adminQuery, withDatabase } from '../support/global-setup';
import { testServiceDeps, type TestDatabase } from '../support/test-database';

// Kills `tandem serve` with SIGKILL at seeded random moments while a client records contacts, then
// checks that every contact the server answered 201 for is there, whole, after a restart.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = 20;
const SEED = 20261203;
const PASSWORD = 'correct horse battery';

/** A small deterministic generator (mulberry32), so a failing run can be repeated exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function prepare(target: DatabaseTarget) {
  const handle = await openDatabase(target);
  try {
    await migrateDatabase(handle);
    const deps = testServiceDeps(handle);
    const t: TestDatabase = {
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
    const world = await createFactories(t).careTeamWorld();
    return { personId: world.person.id, username: world.coordinatorActor.username };
  } finally {
    await handle.close();
  }
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(ROOT, 'bin/tandem.mjs'), 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', TANDEM_LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`tandem serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill('SIGKILL');
  throw new Error('tandem serve did not answer within 60 s');
}

async function signIn(base: string, username: string) {
  const response = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

interface Written {
  note: string;
  durationMinutes: number;
}

async function crashRounds(env: Record<string, string>, port: number, fixture: { personId: string; username: string }) {
  const random = seeded(SEED);
  const base = `http://127.0.0.1:${port}`;
  const acknowledged: Written[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const server = await startServer(env, port);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    const session = await signIn(base, fixture.username);
    const killAfterMs = 150 + Math.floor(random() * 1_200);
    const killer = setTimeout(() => server.kill('SIGKILL'), killAfterMs);
    for (let i = 0; ; i++) {
      const written = { note: `round ${round} write ${i}`, durationMinutes: 1 + Math.floor(random() * 120) };
      try {
        const response = await fetch(`${base}/api/v1/people/${fixture.personId}/contacts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({
            durationMinutes: written.durationMinutes,
            mode: 'phone',
            kind: 'brief_contact',
            note: written.note,
          }),
        });
        if (response.status === 201) acknowledged.push(written);
        else if (response.status >= 500) throw new Error(`server error ${response.status}`);
      } catch (error) {
        if (server.exitCode !== null || server.signalCode !== null) break;
        if ((error as Error).message.startsWith('server error')) throw error;
        break;
      }
    }
    clearTimeout(killer);
    server.kill('SIGKILL');
    await exited;
  }
  return acknowledged;
}

async function readAll(env: Record<string, string>, port: number, fixture: { personId: string; username: string }) {
  const server = await startServer(env, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const session = await signIn(base, fixture.username);
    const contacts: {
      id: string;
      occurredAt: string;
      note: string | null;
      durationMinutes: number;
      workers: unknown[];
    }[] = [];
    let query = 'limit=50';
    for (;;) {
      const response = await fetch(`${base}/api/v1/people/${fixture.personId}/contacts?${query}`, {
        headers: { cookie: session.cookie },
      });
      const page = ((await response.json()) as { contacts: typeof contacts }).contacts;
      if (page.length === 0) break;
      contacts.push(...page);
      const last = page.at(-1)!;
      query = `limit=50&before=${encodeURIComponent(last.occurredAt)}&beforeId=${last.id}`;
    }
    return contacts;
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

function expectEveryAcknowledgedWrite(acknowledged: Written[], contacts: Awaited<ReturnType<typeof readAll>>): void {
  const byNote = new Map(contacts.map((c) => [c.note, c]));
  expect(acknowledged.length).toBeGreaterThan(ROUNDS);
  for (const written of acknowledged)
    expect(byNote.get(written.note), written.note).toMatchObject({ durationMinutes: written.durationMinutes });
  // Nothing half-written: every contact that is there has its worker rows too.
  for (const contact of contacts) expect(contact.workers.length, contact.note ?? contact.id).toBeGreaterThan(0);
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('crash durability', () => {
  it(`keeps every contact answered 201 across ${ROUNDS} SIGKILLs of the embedded server`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tandem-crash-'));
    folders.push(dataDir);
    const fixture = await prepare({ engine: 'pglite', dataDir });
    const env = { TANDEM_DATA_DIR: dataDir, DATABASE_URL: '' };
    const acknowledged = await crashRounds(env, 3971, fixture);
    expectEveryAcknowledgedWrite(acknowledged, await readAll(env, 3971, fixture));
  });

  const adminUrl = process.env.TANDEM_TEST_DATABASE_URL;
  it.runIf(adminUrl)(
    `keeps every contact answered 201 across ${ROUNDS} SIGKILLs of a server on PostgreSQL`,
    async () => {
      const name = `tandem_crash_${Math.random().toString(36).slice(2, 10)}`;
      await adminQuery(adminUrl!, `create database ${name}`);
      try {
        const url = withDatabase(adminUrl!, name);
        const fixture = await prepare({ engine: 'postgres', url, poolSize: 2 });
        const env = { DATABASE_URL: url };
        const acknowledged = await crashRounds(env, 3972, fixture);
        expectEveryAcknowledgedWrite(acknowledged, await readAll(env, 3972, fixture));
      } finally {
        await adminQuery(adminUrl!, `drop database if exists ${name}`);
      }
    },
  );
});
