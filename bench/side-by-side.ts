import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { residentMemoryMiB, signInCookie, startServer, stopServer } from './bench-server';

// Side by side in one run, on PostgreSQL over a database that already holds the demo organisation
// (`DATABASE_URL=… tandem demo --scale 10`), 16 connections each:
// - each endpoint through the API against the same SQL statements sent through `pg` directly. The
//   statements are those the server sends for one request (captured from the driver, as the
//   statement log shows them), replayed with a fresh id for the audit event;
// - the caseload for 16 different accounts against one account;
// - one server process against two (`--workers`).
// Usage: DATABASE_URL=postgres://… npx tsx bench/side-by-side.ts [--seconds S]

// Without --seconds, indexOf is -1 and the node binary's path was read as the number of seconds.
const SECONDS = process.argv.includes('--seconds') ? Number(process.argv[process.argv.indexOf('--seconds') + 1]) : 10;
const CONNECTIONS = 16;
const PORT = 3930;
const BASE = `http://127.0.0.1:${PORT}`;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL database holding the demo organisation.');

interface Row {
  what: string;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  load: string;
}
const rows: Row[] = [];
const load = () => loadavg()[0]!.toFixed(1);
const record = (row: Row) => {
  rows.push(row);
  console.log(row);
};

// 16 worker accounts that each coordinate someone, sharing the demo password (set-up only).
const setup = new pg.Client({ connectionString: url });
await setup.connect();
await setup.query(`
  insert into account (id, username, password_hash, role, worker_id)
  select gen_random_uuid(), 'bench-worker-' || row_number() over (order by w.id), (select password_hash from account where username = 'demo-worker'), 'worker', w.id
    from (select distinct m.worker_id as id from care_team_membership m where m.role = 'care_coordinator' and m.ends_on is null
           and not exists (select 1 from account a where a.worker_id = m.worker_id) order by 1 limit 16) w
  on conflict do nothing`);
const benchUsers = (
  await setup.query<{ username: string }>(
    `select username from account where username like 'bench-worker-%' order by username limit 16`,
  )
).rows.map((r) => r.username);
await setup.end();

/** The statements one request sends, captured from the driver inside this process. */
async function captureStatements(
  paths: (personId: string) => string[],
): Promise<Map<string, { name?: string; text: string; values: unknown[] }[]>> {
  const captured: { name?: string; text: string; values: unknown[] }[] = [];
  let isCapturing = false;
  const original = pg.Client.prototype.query;
  (pg.Client.prototype as unknown as { query: unknown }).query = function (
    this: pg.Client,
    config: unknown,
    values?: unknown,
    callback?: unknown,
  ) {
    if (isCapturing) {
      const c =
        typeof config === 'string' ? { text: config } : (config as { name?: string; text: string; values?: unknown[] });
      captured.push({
        ...(c.name ? { name: c.name } : {}),
        text: c.text,
        values: (values as unknown[] | undefined) ?? c.values ?? [],
      });
    }
    return (original as (...args: unknown[]) => unknown).call(this, config, values, callback);
  };
  const { openRuntime } = await import('../src/cli/runtime');
  const { loadConfig } = await import('../src/config/config');
  const { buildApp } = await import('../src/http/build-app');
  const runtime = await openRuntime(loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '1' }));
  const app = await buildApp({ services: runtime.services, engine: 'postgres', version: 'bench', webRoot: null });
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { username: 'demo-worker', password: 'tandem-demo' },
  });
  const cookie = `tandem_session=${signIn.cookies.find((c) => c.name === 'tandem_session')!.value}`;
  const personId = (await app.inject({ method: 'GET', url: '/api/v1/caseload', headers: { cookie } })).json<{
    people: { personId: string }[];
  }>().people[0]!.personId;
  await app.inject({ method: 'GET', url: `/api/v1/people/${personId}`, headers: { cookie } }); // settle the session's last use
  const result = new Map<string, { name?: string; text: string; values: unknown[] }[]>();
  for (const path of paths(personId)) {
    captured.length = 0;
    isCapturing = true;
    await app.inject({ method: 'GET', url: path, headers: { cookie } });
    isCapturing = false;
    result.set(path, [...captured]);
  }
  pg.Client.prototype.query = original;
  await app.close();
  await runtime.close();
  return result;
}

async function replay(
  statements: { name?: string; text: string; values: unknown[] }[],
): Promise<autocannon.Result['latency'] & { perSecond: number }> {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < until) {
          const started = performance.now();
          for (const s of statements) {
            const values = s.text.startsWith('insert into "audit_event"')
              ? [randomUUID(), ...s.values.slice(1)]
              : s.values;
            await client.query({ ...(s.name ? { name: s.name } : {}), text: s.text, values });
          }
          latencies.push(performance.now() - started);
        }
      } finally {
        client.release();
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
  return {
    perSecond: Math.round(latencies.length / SECONDS),
    p50: at(0.5),
    p99: at(0.99),
  } as autocannon.Result['latency'] & { perSecond: number };
}

async function api(what: string, path: string, cookies: string[]): Promise<void> {
  let next = 0;
  const options = {
    url: BASE + path,
    connections: CONNECTIONS,
    setupClient: (client: { setHeaders(h: Record<string, string>): void }) =>
      client.setHeaders({ cookie: cookies[next++ % cookies.length]! }),
  };
  await autocannon({ ...options, duration: 2 });
  const run = await autocannon({ ...options, duration: SECONDS });
  record({
    what,
    perSecond: Math.round(run.requests.average),
    p50Ms: run.latency.p50,
    p99Ms: run.latency.p99,
    errors: run.errors + run.non2xx,
    load: load(),
  });
}

let peakMiB = 0;
for (const workers of [1, 2]) {
  const server = await startServer(PORT, { DATABASE_URL: url }, [], ['--workers', String(workers)]);
  const sampler = setInterval(
    () => (peakMiB = Math.max(peakMiB, workers === 1 ? (residentMemoryMiB(server.pid!) ?? 0) : 0)),
    250,
  );
  try {
    const cookie = await signInCookie(BASE, 'demo-worker', 'tandem-demo');
    const personId = (
      (await (await fetch(`${BASE}/api/v1/caseload`, { headers: { cookie } })).json()) as {
        people: { personId: string }[];
      }
    ).people[0]!.personId;
    const paths = ['/api/v1/caseload', `/api/v1/people/${personId}`];
    if (workers === 1) {
      const statements = await captureStatements(() => paths);
      for (const path of paths) {
        const label = path.replace(personId, ':id');
        await api(`API ${label}, 1 process`, path, [cookie]);
        const direct = await replay(statements.get(path)!);
        record({
          what: `same ${statements.get(path)!.length} statements through pg (${label})`,
          perSecond: direct.perSecond,
          p50Ms: direct.p50,
          p99Ms: direct.p99,
          errors: 0,
          load: load(),
        });
      }
      const cookies = await Promise.all(benchUsers.map((u) => signInCookie(BASE, u, 'tandem-demo')));
      await api(`API /api/v1/caseload, ${cookies.length} accounts, 1 process`, '/api/v1/caseload', cookies);
    } else {
      for (const path of paths) await api(`API ${path.replace(personId, ':id')}, 2 processes`, path, [cookie]);
    }
  } finally {
    clearInterval(sampler);
    await stopServer(server);
  }
}

const table = rows
  .map((r) => `| ${r.what} | ${r.perSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.load} |`)
  .join('\n');
writeFileSync(
  join(fileURLToPath(new URL('./results/', import.meta.url)), 'side-by-side.md'),
  `# API against the same SQL, accounts, processes\n\nMeasured ${new Date().toISOString()} on PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s per row after 2 s of warm-up ` +
    `(\`bench/side-by-side.ts\`). The machine was shared: the load average (1 min) is given per row; compare rows of one run only.\n\n` +
    `| what | req/s | p50 ms | p99 ms | errors | load |\n|---|---|---|---|---|---|\n${table}\n\n` +
    `Peak resident memory of the single server process: ${peakMiB} MiB.\n`,
);
console.log('Wrote bench/results/side-by-side.md');
