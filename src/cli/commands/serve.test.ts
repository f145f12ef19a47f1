import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { createFactories } from '../../../test/support/factories';
import { workerCount } from './serve';

const tandem = fileURLToPath(new URL('../../../bin/tandem.mjs', import.meta.url));

describe('how many server processes serve runs', () => {
  const postgres = loadConfig({ DATABASE_URL: 'postgres://example/tandem' });
  const embedded = loadConfig({});

  it('runs one per core on PostgreSQL unless told, and the command line wins over TANDEM_WORKERS', () => {
    expect(workerCount(postgres, undefined, () => undefined)).toBe(availableParallelism());
    expect(workerCount({ ...postgres, workers: 3 }, undefined, () => undefined)).toBe(3);
    expect(workerCount({ ...postgres, workers: 3 }, 2, () => undefined)).toBe(2);
  });

  it('keeps the embedded database in one process and says so when asked for more', () => {
    const warnings: string[] = [];
    expect(workerCount(embedded, 4, (message) => warnings.push(message))).toBe(1);
    expect(warnings.join('')).toMatch(/embedded database serves from one process; running 1 worker, not 4/);
    expect(workerCount(embedded, undefined, (message) => warnings.push(message))).toBe(1);
    expect(warnings).toHaveLength(1);
  });

  it('refuses a TANDEM_WORKERS that is not a whole number of 1 or more', () => {
    expect(() => loadConfig({ TANDEM_WORKERS: '0' })).toThrow(/TANDEM_WORKERS/);
  });
});

describe.runIf(process.env.TANDEM_TEST_DATABASE_URL)('tandem serve --workers 2 (PostgreSQL)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it(
    'serves from two processes, and a session signed in on one is known to the other',
    { timeout: 120_000 },
    async () => {
      await createFactories(t).account('worker', {}, 'two.processes');
      const url = (t.handle.db as unknown as { $client: pg.Pool }).$client.options.connectionString!;
      const port = 3961;
      const server = spawn(process.execPath, [tandem, 'serve', '--workers', '2'], {
        env: {
          ...process.env,
          DATABASE_URL: url,
          PORT: String(port),
          HOST: '127.0.0.1',
          TANDEM_LOG_LEVEL: 'warn',
          TANDEM_WORKERS: '',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      try {
        await new Promise<void>((resolve, reject) => {
          server.stdout!.on('data', () => output.includes('Tandem is running') && resolve());
          server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
        });
        expect(output).toContain('2 server processes');
        const children = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/);
        expect(children).toHaveLength(2);

        const base = `http://127.0.0.1:${port}/api/v1`;
        const signIn = await fetch(`${base}/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ username: 'two.processes', password: 'correct horse battery' }),
        });
        expect(signIn.status).toBe(200);
        const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
        // A new connection each time: the cluster hands connections to the processes in turn.
        const statuses = await Promise.all(
          Array.from({ length: 8 }, () =>
            fetch(`${base}/me`, { headers: { cookie, connection: 'close' } }).then((r) => r.status),
          ),
        );
        expect(statuses).toEqual(Array(8).fill(200));
      } finally {
        const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        expect(await exited).toBe(0);
      }
    },
  );
});
