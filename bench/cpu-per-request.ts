import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuMs, signInCookie, startServer, stopServer } from './bench-server';

// The server's own CPU per request, from /proc (so a loaded machine slows it but does not inflate
// it much), for the health check, the caseload and one person's record.
// Usage: DATABASE_URL=postgres://… npx tsx bench/cpu-per-request.ts [--requests N] [--profile DIR]
// With --profile, the server runs under `node --cpu-prof` and writes its profile to DIR on exit.
// "db" is the CPU of the database server processes serving the server's connections (PostgreSQL on
// this machine only), so planning and executing statements count as well as the server's own work.

const args = new Map<string, string>();
process.argv.slice(2).forEach((arg, i, all) => {
  if (arg.startsWith('--')) args.set(arg.slice(2), all[i + 1] ?? '');
});
const REQUESTS = Number(args.get('requests') ?? 2000);
const PORT = 3910;
const BASE = `http://127.0.0.1:${PORT}`;
const profile = args.get('profile');

const server = await startServer(
  PORT,
  { DATABASE_URL: process.env.DATABASE_URL },
  profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [],
  // One process: the figures are this process's own CPU (serve starts one per core by default).
  ['--workers', '1'],
);
try {
  const cookie = await signInCookie(BASE, 'demo-worker', 'tandem-demo');
  const caseload = (await (await fetch(`${BASE}/api/v1/caseload`, { headers: { cookie } })).json()) as {
    people: { personId: string }[];
  };
  const personId = caseload.people[0]!.personId;
  const monitor = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await monitor.connect();
  // The server's pool connections: every backend on this database but the monitor's own.
  const databaseMs = async () => {
    const { rows } = await monitor.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return rows.reduce((sum, row) => {
      try {
        return sum + cpuMs(row.pid);
      } catch {
        return sum; // gone since it was listed
      }
    }, 0);
  };
  for (const [name, path] of [
    ['health', '/api/v1/health'],
    ['caseload', '/api/v1/caseload'],
    ['person', `/api/v1/people/${personId}`],
  ] as const) {
    await autocannon({ url: BASE + path, headers: { cookie }, connections: 4, amount: 200 });
    const before = cpuMs(server.pid!);
    const databaseBefore = await databaseMs();
    const run = await autocannon({ url: BASE + path, headers: { cookie }, connections: 4, amount: REQUESTS });
    const used = cpuMs(server.pid!) - before;
    const databaseUsed = (await databaseMs()) - databaseBefore;
    console.log(
      `${name}: ${(used / REQUESTS).toFixed(2)} ms CPU per request over ${REQUESTS}, db ${(databaseUsed / REQUESTS).toFixed(2)} ms (${run.non2xx} non-2xx, p50 ${run.latency.p50} ms), load ${loadavg()[0]!.toFixed(1)}`,
    );
  }
  await monitor.end();
} finally {
  await stopServer(server);
}
