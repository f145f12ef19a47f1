import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import pg from 'pg';
import { residentMemoryMiB, runTandem, signInCookie, startServer, stopServer } from './bench-server';

// Measures the two hottest read endpoints, and the FHIR care team and contacts searches, on both engines over the demo organisation at scale 10
// (about 2,000 people and 200,000 contacts) and writes the figures to bench/results/.
// Usage: npm run bench [-- --scale N --seconds S --connections C]

const args = new Map<string, string>();
process.argv.slice(2).forEach((arg, i, all) => {
  if (arg.startsWith('--')) args.set(arg.slice(2), all[i + 1] ?? '');
});
const SCALE = Number(args.get('scale') ?? 10);
const SECONDS = Number(args.get('seconds') ?? 10);
const CONNECTIONS = Number(args.get('connections') ?? 16);
const PORT = 3900;
const BASE = `http://127.0.0.1:${PORT}`;
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));

interface Measurement {
  engine: string;
  endpoint: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  serverMemoryMiB: number | null;
}

async function measure(engine: string, env: NodeJS.ProcessEnv): Promise<Measurement[]> {
  const server = await startServer(PORT, env);
  try {
    const cookie = await signInCookie(BASE, 'demo-worker', 'tandem-demo');
    const caseload = (await (await fetch(`${BASE}/api/v1/caseload`, { headers: { cookie } })).json()) as {
      people: { personId: string }[];
    };
    const personId = caseload.people[0]?.personId;
    if (!personId) throw new Error('demo-worker has an empty caseload');
    const results: Measurement[] = [];
    for (const endpoint of [
      '/api/v1/caseload',
      `/api/v1/people/${personId}`,
      `/fhir/R4/CareTeam?patient=${personId}`,
      `/fhir/R4/Encounter?patient=${personId}&_count=50`,
    ]) {
      await autocannon({ url: BASE + endpoint, headers: { cookie }, connections: CONNECTIONS, duration: 2 }); // warm-up
      let peakMemory: number | null = null;
      const sampler = setInterval(() => {
        const rss = residentMemoryMiB(server.pid!);
        if (rss !== null) peakMemory = Math.max(peakMemory ?? 0, rss);
      }, 250);
      const run = await autocannon({
        url: BASE + endpoint,
        headers: { cookie },
        connections: CONNECTIONS,
        duration: SECONDS,
      });
      clearInterval(sampler);
      results.push({
        engine,
        endpoint: endpoint.replace(personId, ':id'),
        requestsPerSecond: Math.round(run.requests.average),
        p50Ms: run.latency.p50,
        p99Ms: run.latency.p99,
        errors: run.errors,
        non2xx: run.non2xx,
        serverMemoryMiB: peakMemory,
      });
      console.log(results.at(-1));
    }
    return results;
  } finally {
    await stopServer(server);
  }
}

async function pgliteRun(): Promise<Measurement[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  try {
    await runTandem(['demo', '--scale', String(SCALE)], { TANDEM_DATA_DIR: dataDir, DATABASE_URL: '' });
    return await measure('pglite', { TANDEM_DATA_DIR: dataDir, DATABASE_URL: '' });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresRun(): Promise<Measurement[]> {
  const adminUrl =
    process.env.TANDEM_BENCH_DATABASE_URL ??
    execFileSync('bash', ['scripts/postgres.sh', 'start'], { encoding: 'utf8' }).trim();
  const url = new URL(adminUrl);
  const database = 'tandem_bench';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${database}`);
  await admin.query(`create database ${database}`);
  await admin.end();
  url.pathname = `/${database}`;
  const env = { DATABASE_URL: url.toString() };
  await runTandem(['demo', '--scale', String(SCALE)], env);
  return measure('postgres', env);
}

const results = [...(await pgliteRun()), ...(await postgresRun())];
const report = {
  measuredAt: new Date().toISOString(),
  scale: SCALE,
  connections: CONNECTIONS,
  secondsPerEndpoint: SECONDS,
  // Figures from a busy machine are not comparable: the load average says how busy it was.
  machine: {
    cpus: (await import('node:os')).cpus().length,
    node: process.version,
    loadAverage: (await import('node:os')).loadavg(),
  },
  results,
};
writeFileSync(join(RESULTS, 'api-bench.json'), `${JSON.stringify(report, null, 2)}\n`);
const table = results
  .map(
    (r) =>
      `| ${r.engine} | ${r.endpoint} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors + r.non2xx} | ${r.serverMemoryMiB ?? '?'} |`,
  )
  .join('\n');
writeFileSync(
  join(RESULTS, 'api-bench.md'),
  `# API benchmark\n\nMeasured ${report.measuredAt} on ${report.machine.cpus} cores (load average ${report.machine.loadAverage.map((l) => l.toFixed(1)).join(', ')}), Node ${report.machine.node}: demo scale ${SCALE}, ` +
    `${CONNECTIONS} connections, ${SECONDS} s per endpoint after a 2 s warm-up.\n\n` +
    `| engine | endpoint | req/s | p50 ms | p99 ms | errors | server MiB (peak RSS) |\n|---|---|---|---|---|---|---|\n${table}\n`,
);
console.log(`Wrote bench/results/api-bench.json and api-bench.md`);
