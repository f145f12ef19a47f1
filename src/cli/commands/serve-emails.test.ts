import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/support/smtp-server';
import { createTestDatabase, testServiceDeps, type TestDatabase } from '../../../test/support/test-database';
import { qpr15 } from '../../domain/instruments';
import { loadWording } from '../../services/instruments/load-wording';
import { setEmailChoice } from '../../services/people/set-email-choice';
import { sealAllAuditEvents } from '../../storage/audit-sequencer';
import { openDatabase } from '../../storage/database';
import { migrateDatabase } from '../../storage/migrate';
import { createRepositories } from '../../storage/unit-of-work';

// The whole path of a questionnaire invitation by email: `tandem serve` with a mail server set, the
// care team asks through the API, the outbox is sent by the server's delivery loop over SMTP, and
// the message that arrives says nothing about the person.

const tandem = fileURLToPath(new URL('../../../bin/tandem.mjs', import.meta.url));
const PORT = 3963;
const PASSWORD = 'correct horse battery';

let smtp: TestSmtpServer;
interface ServedDatabase {
  env: Record<string, string>;
  close: () => Promise<void>;
  t: TestDatabase;
}
let database: ServedDatabase;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  database = await openServedDatabase();
});
afterAll(async () => {
  await database?.close();
  await smtp?.close();
});

/** PostgreSQL when the tests run on it, otherwise an embedded database in a folder `serve` can open. */
async function openServedDatabase(): Promise<ServedDatabase> {
  if (process.env.TANDEM_TEST_DATABASE_URL) {
    const t = await createTestDatabase();
    const url = (t.handle.db as unknown as { $client: pg.Pool }).$client.options.connectionString!;
    return { t, env: { DATABASE_URL: url }, close: () => t.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-serve-emails-'));
  const handle = await openDatabase({ engine: 'pglite', dataDir });
  await migrateDatabase(handle);
  const t: TestDatabase = {
    handle,
    engine: handle.engine,
    deps: testServiceDeps(handle),
    repositories: createRepositories(handle.db),
    sealAudit: async () => void (await sealAllAuditEvents(handle.db)),
    setNow: () => undefined,
    close: () => handle.close(),
  };
  return {
    t,
    env: { TANDEM_DATA_DIR: dataDir, DATABASE_URL: '' },
    close: async () => {
      // The folder is handed to `serve` and back, so it may already be closed here.
      await t.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn(process.execPath, [tandem, 'serve'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      TANDEM_LOG_LEVEL: 'warn',
      TANDEM_WORKERS: '1',
      TANDEM_SMTP_URL: smtp.url,
      TANDEM_MAIL_FROM: 'tandem@service.test',
      TANDEM_PUBLIC_URL: 'https://tandem.service.test',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`tandem serve exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/v1/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill('SIGKILL');
  throw new Error('tandem serve did not answer within 60 s');
}

describe('tandem serve with a mail server', () => {
  it(
    'emails a person who chose it when their care team asks for a questionnaire, with nothing about them in it',
    { timeout: 120_000 },
    async () => {
      const { t } = database;
      const world = await createFactories(t).careTeamWorld();
      await loadWording(
        t.deps,
        {
          instrumentId: qpr15.id,
          version: qpr15.version,
          items: qpr15.items.map((item, i) => ({ id: item.id, text: `Statement ${i + 1}` })),
        },
        world.admin,
      );
      await setEmailChoice(
        t.deps,
        { personId: world.person.id, emailAddress: 'sam.r@example.org', wantsEmail: true },
        world.personActor,
      );
      if (t.engine === 'pglite') await t.close();

      const server = await startServer(database.env);
      const exited = new Promise((resolve) => server.once('exit', resolve));
      try {
        const base = `http://127.0.0.1:${PORT}/api/v1`;
        const signIn = await fetch(`${base}/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: world.coordinatorActor.username, password: PASSWORD }),
        });
        expect(signIn.status).toBe(200);
        const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
        const { csrfToken } = (await signIn.json()) as { csrfToken: string };
        const asked = await fetch(`${base}/people/${world.person.id}/questionnaires/schedules/qpr-15`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ everyDays: 91 }),
        });
        expect(asked.status).toBe(200);

        const [message] = await smtp.waitForMessages(1, 60_000);
        expect(message!.to).toMatchObject({ text: 'sam.r@example.org' });
        expect(message!.subject).toBe('You have something new in Tandem');
        expect(message!.text).toContain('https://tandem.service.test/');
        const everything = `${message!.subject}\n${message!.text ?? ''}\n${String(message!.html ?? '')}`;
        for (const secret of [world.person.name, ...world.person.name.split(' '), 'QPR', 'questionnaire', 'recovery'])
          expect(everything.toLowerCase(), secret).not.toContain(secret.toLowerCase());
      } finally {
        server.kill('SIGTERM');
        await exited;
      }
    },
  );
});
