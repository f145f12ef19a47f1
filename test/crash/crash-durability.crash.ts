import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseTarget } from '../../src/storage/database';
import { migrateDatabase } from '../../src/storage/migrate';
import { createRepositories } from '../../src/storage/unit-of-work';
import { sealAllAuditEvents } from '../../src/storage/audit-sequencer';
import { createFactories } from '../support/factories';
import { adminQuery, withDatabase } from '../support/global-setup';
import { feedbackResponse, ratingsResponse } from '../support/meeting-fixtures';
import { testServiceDeps, type TestDatabase } from '../support/test-database';

// Kills `tandem serve` with SIGKILL at seeded random moments while a client records contacts, saves a
// care-plan section and gives feedback on meetings, in turn; then checks that every write the server
// answered 2xx for is there, whole, after a restart, and that nothing is there half-written.

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
    // One process: a SIGKILL then stops the whole server, as a crash of the machine would (on PostgreSQL,
    // the workers of a cluster would outlive their killed primary and keep the port).
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TANDEM_LOG_LEVEL: 'silent',
      TANDEM_WORKERS: '1',
    },
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

/** What the server acknowledged, by kind. */
interface Acknowledged {
  contacts: { note: string; durationMinutes: number }[];
  /** A care-plan save: the plan version it made and the section's text at that version. */
  planSaves: { planVersion: number; text: string }[];
  /** A worker's feedback on a meeting, and its score. */
  feedback: { meetingId: string; score: number }[];
}

const SECTION = 'what_helps';
type Session = Awaited<ReturnType<typeof signIn>>;

function client(base: string, session: Session) {
  return (method: string, path: string, body?: unknown) =>
    fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

/** The section's version now: after a kill, a save may have been kept without its answer arriving. */
async function sectionVersion(call: ReturnType<typeof client>, personId: string): Promise<number> {
  const plan = (await (await call('GET', `/people/${personId}/care-plan`)).json()) as {
    sections: { key: string; version: number }[];
  };
  return plan.sections.find((section) => section.key === SECTION)?.version ?? 0;
}

/** One write of the kind whose turn it is; resolves to whether the server acknowledged it. */
async function writeOne(
  i: number,
  round: number,
  random: () => number,
  call: ReturnType<typeof client>,
  personId: string,
  state: { baseVersion: number },
  acknowledged: Acknowledged,
): Promise<void> {
  const fail = (response: Response) => {
    if (response.status >= 500) throw new Error(`server error ${response.status}`);
  };
  const people = `/people/${personId}`;
  if (i % 3 === 0) {
    const written = { note: `round ${round} write ${i}`, durationMinutes: 1 + Math.floor(random() * 120) };
    const response = await call('POST', `${people}/contacts`, { ...written, mode: 'phone', kind: 'brief_contact' });
    if (response.status === 201) acknowledged.contacts.push(written);
    else fail(response);
  } else if (i % 3 === 1) {
    const text = `What helps, as of round ${round} write ${i}: ${Math.floor(random() * 1e9)}`;
    const response = await call('PUT', `${people}/care-plan/sections/${SECTION}`, {
      text,
      baseVersion: state.baseVersion,
    });
    if (response.status === 200) {
      const saved = (await response.json()) as { planVersion: number; section: { version: number } };
      acknowledged.planSaves.push({ planVersion: saved.planVersion, text });
      state.baseVersion = saved.section.version;
    } else fail(response);
  } else {
    const meeting = await call('POST', `${people}/meetings`, {
      durationMinutes: 30,
      mode: 'clinic',
      ratings: ratingsResponse(),
    });
    if (meeting.status !== 201) return fail(meeting);
    const meetingId = ((await meeting.json()) as { id: string }).id;
    const score = 1 + Math.floor(random() * 5);
    const response = await call('POST', `${people}/meetings/${meetingId}/feedback/worker`, {
      response: feedbackResponse('worker', [score, score, score, score, score]),
    });
    if (response.status === 201) acknowledged.feedback.push({ meetingId, score });
    else fail(response);
  }
}

async function crashRounds(env: Record<string, string>, port: number, fixture: { personId: string; username: string }) {
  const random = seeded(SEED);
  const base = `http://127.0.0.1:${port}`;
  const acknowledged: Acknowledged = { contacts: [], planSaves: [], feedback: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const server = await startServer(env, port);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    const call = client(base, await signIn(base, fixture.username));
    const state = { baseVersion: await sectionVersion(call, fixture.personId) };
    const killAfterMs = 150 + Math.floor(random() * 1_200);
    const killer = setTimeout(() => server.kill('SIGKILL'), killAfterMs);
    for (let i = 0; ; i++) {
      try {
        await writeOne(i, round, random, call, fixture.personId, state, acknowledged);
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

async function readAll(
  env: Record<string, string>,
  port: number,
  fixture: { personId: string; username: string },
  acknowledged: Acknowledged,
) {
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
    // The section's text at every acknowledged version, as the plan's history shows it.
    const textAt = new Map<number, string | undefined>();
    for (const { planVersion } of acknowledged.planSaves) {
      const response = await fetch(`${base}/api/v1/people/${fixture.personId}/care-plan?version=${planVersion}`, {
        headers: { cookie: session.cookie },
      });
      const plan = (await response.json()) as { sections?: { key: string; text: string }[] };
      textAt.set(planVersion, plan.sections?.find((section) => section.key === SECTION)?.text);
    }
    return { contacts, textAt };
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

async function expectEveryAcknowledgedWrite(
  acknowledged: Acknowledged,
  { contacts, textAt }: Awaited<ReturnType<typeof readAll>>,
  target: DatabaseTarget,
): Promise<void> {
  // Each kind was written and acknowledged, and writes went on across the rounds.
  expect(acknowledged.contacts.length + acknowledged.planSaves.length + acknowledged.feedback.length).toBeGreaterThan(
    ROUNDS,
  );
  for (const kind of [acknowledged.contacts, acknowledged.planSaves, acknowledged.feedback])
    expect(kind.length).toBeGreaterThan(0);

  const byNote = new Map(contacts.map((c) => [c.note, c]));
  for (const written of acknowledged.contacts)
    expect(byNote.get(written.note), written.note).toMatchObject({ durationMinutes: written.durationMinutes });
  // Nothing half-written: every contact that is there has its worker rows too.
  for (const contact of contacts) expect(contact.workers.length, contact.note ?? contact.id).toBeGreaterThan(0);

  for (const save of acknowledged.planSaves)
    expect(textAt.get(save.planVersion), `plan ${save.planVersion}`).toBe(save.text);

  // Feedback is read from the tables, after the last server has stopped: every acknowledged answer with
  // its score, and no answer without the response it scores or the meeting it is about.
  const handle = await openDatabase(target);
  try {
    const result = await handle.db.execute(sql`
      select f.meeting_id, f.score, r.id is not null as has_response, m.contact_id is not null as has_meeting
        from relationship_feedback f
        left join instrument_response r on r.id = f.response_id
        left join meeting m on m.person_id = f.person_id and m.contact_id = f.meeting_id
       where f.respondent = 'worker'`);
    const rows = (
      result as unknown as {
        rows: { meeting_id: string; score: number; has_response: boolean; has_meeting: boolean }[];
      }
    ).rows;
    const scoreOf = new Map(rows.map((row) => [row.meeting_id, Number(row.score)]));
    for (const given of acknowledged.feedback) expect(scoreOf.get(given.meetingId), given.meetingId).toBe(given.score);
    for (const row of rows) expect(row, row.meeting_id).toMatchObject({ has_response: true, has_meeting: true });
  } finally {
    await handle.close();
  }
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('crash durability', () => {
  it(`keeps every contact, plan save and feedback answered 2xx across ${ROUNDS} SIGKILLs of the embedded server`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tandem-crash-'));
    folders.push(dataDir);
    const fixture = await prepare({ engine: 'pglite', dataDir });
    const env = { TANDEM_DATA_DIR: dataDir, DATABASE_URL: '' };
    const acknowledged = await crashRounds(env, 3971, fixture);
    const read = await readAll(env, 3971, fixture, acknowledged);
    await expectEveryAcknowledgedWrite(acknowledged, read, { engine: 'pglite', dataDir });
  });

  const adminUrl = process.env.TANDEM_TEST_DATABASE_URL;
  it.runIf(adminUrl)(
    `keeps every contact, plan save and feedback answered 2xx across ${ROUNDS} SIGKILLs of a server on PostgreSQL`,
    async () => {
      const name = `tandem_crash_${Math.random().toString(36).slice(2, 10)}`;
      await adminQuery(adminUrl!, `create database ${name}`);
      try {
        const url = withDatabase(adminUrl!, name);
        const fixture = await prepare({ engine: 'postgres', url, poolSize: 2 });
        const env = { DATABASE_URL: url };
        const acknowledged = await crashRounds(env, 3972, fixture);
        const read = await readAll(env, 3972, fixture, acknowledged);
        await expectEveryAcknowledgedWrite(acknowledged, read, { engine: 'postgres', url, poolSize: 2 });
      } finally {
        await adminQuery(adminUrl!, `drop database if exists ${name}`);
      }
    },
  );
});
