import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import {
  createAnalyticsReader,
  DEFAULT_WORK_MEM,
  personRanges,
  useSliceSettings,
} from '../src/analytics/analytics-reader';
import { windowBounds } from '../src/analytics/analytics-sql';
import { personContinuitySql } from '../src/analytics/continuity-queries';
import { isoDate, monthsBefore } from '../src/domain/care-team/membership-period';
import { openDatabase, type Database, type DatabaseTarget } from '../src/storage/database';
import { migrateDatabase } from '../src/storage/migrate';
import { rawRows } from '../src/storage/raw-rows';
import { residentMemoryMiB, runTandem, signInCookie, startServer, stopServer } from './bench-server';

// How fast continuity analytics are at scale, on PGlite and PostgreSQL: the time to compute every
// person's indices over the last 12 months, and the latency of the dashboard endpoints. The demo
// organisation is loaded first (and the load timed); figures go to bench/results/analytics-bench.*.
// Usage: npm run bench:analytics -- [--scale 500] [--engines postgres,pglite] [--seconds 10]
//        [--connections 8] [--postgres-load-seconds S] [--pglite-load-seconds S]
//        [--reuse] (use the database an earlier run loaded at the same scale: the
//        PostgreSQL database tandem_analytics_bench_<scale>, the PGlite folder tandem-analytics-bench-<scale>
//        in the temporary folder, both left in place after a run)
//        [--continuity-file false] (skip the contacts-file benchmark that runs afterwards, continuity-file-bench.ts)
//        [--out NAME] (write bench/results/NAME.json and NAME.md instead of analytics-bench.*, for a run
//        at another scale that must not replace the scale-500 figures)
//        [--runs 3] (how many times every person's indices are computed; the first is cold)
//        [--endpoints false] (skip the dashboard endpoints, e.g. on a database whose demo load was cut short)

const args = new Map<string, string>();
process.argv.slice(2).forEach((arg, i, all) => {
  if (arg.startsWith('--'))
    args.set(arg.slice(2), all[i + 1]?.startsWith('--') === false ? (all[i + 1] ?? '') : 'true');
});
const SCALE = Number(args.get('scale') ?? 500);
const ENGINES = (args.get('engines') ?? 'postgres,pglite').split(',');
const SECONDS = Number(args.get('seconds') ?? 10);
const CONNECTIONS = Number(args.get('connections') ?? 8);
const REUSE = args.get('reuse') === 'true';
const RUNS = Number(args.get('runs') ?? 3);
const ENDPOINTS = args.get('endpoints') !== 'false';
const OUT = args.get('out') ?? 'analytics-bench';
const PORT = 3901;
const BASE = `http://127.0.0.1:${PORT}`;
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));

interface EngineResult {
  engine: string;
  measuredAt: string;
  /** One-minute load average of the machine before and after this engine's run: others' work skews the figures. */
  loadAverage: [number, number];
  /** Time to load the demo; for a reused database, as given by --<engine>-load-seconds, else null. */
  loadSeconds: number | null;
  rows: { people: number; contacts: number; visitsInWindow: number };
  /** Every person's indices for the 12-month window, whole organisation; the first run is cold. */
  indicesSeconds: number[];
  /**
   * CPU seconds the database spent on each of those runs, which others' work on a shared machine
   * skews less than the elapsed time: PostgreSQL's server processes (read from /proc, so only when
   * the server runs on this machine), or this process for PGlite. Null when it could not be read.
   */
  indicesCpuSeconds?: (number | null)[];
  /** The machine's one-minute load average at the end of each of those runs. */
  indicesLoadAverage?: number[];
  parallelism: number;
  endpoints: EndpointResult[];
}

interface EndpointResult {
  endpoint: string;
  firstRequestMs: number;
  /**
   * Three requests one after another, each alone, before any endpoint is put under load: a request
   * timed straight after another endpoint's run can wait behind that run's unanswered requests.
   */
  aloneMs?: number[];
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** The machine's one-minute load average when this endpoint's run ended. */
  loadAverage?: number;
}

const loadNow = (): number => Math.round((loadavg()[0] ?? 0) * 10) / 10;

async function loadDemo(engine: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  if (REUSE) return args.has(`${engine}-load-seconds`) ? Number(args.get(`${engine}-load-seconds`)) : null;
  const started = performance.now();
  await runTandem(['demo', '--scale', String(SCALE)], env);
  return (performance.now() - started) / 1000;
}

/** CPU ticks (1/100 s) used so far by each server process of the database, by process id; null when /proc cannot tell. */
async function serverTicks(db: Database): Promise<Map<number, number> | null> {
  const rows = await rawRows<{ pid: number }>(
    db,
    sql`select pid from pg_stat_activity where datname = current_database()`,
  );
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      // utime and stime are the 14th and 15th fields; the command name before them may hold spaces.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      return null;
    }
  }
  return ticks;
}

/** The CPU seconds `work` costs the database: PGlite runs in this process; PostgreSQL's processes are read from /proc. */
async function databaseCpu<T>(
  engine: string,
  db: Database,
  work: () => Promise<T>,
): Promise<{ result: T; cpuSeconds: number | null }> {
  if (engine === 'pglite') {
    const before = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(before);
    return { result, cpuSeconds: (used.user + used.system) / 1e6 };
  }
  const before = await serverTicks(db);
  const result = await work();
  const after = await serverTicks(db);
  // A server process that ended during the run took its CPU time with it: no figure then.
  if (before === null || after === null || [...before.keys()].some((pid) => !after.has(pid)))
    return { result, cpuSeconds: null };
  const ticks = [...after].reduce((sum, [pid, t]) => sum + t - (before.get(pid) ?? 0), 0);
  return { result, cpuSeconds: ticks / 100 };
}

/** Times every person's indices, and saves the plan of the single-query form for reading. */
async function measureIndices(
  engine: string,
  target: DatabaseTarget,
  parallelism: number,
): Promise<Pick<EngineResult, 'indicesSeconds' | 'indicesCpuSeconds' | 'indicesLoadAverage' | 'rows'>> {
  const handle = await openDatabase(target);
  try {
    // A database loaded by an earlier version may lack the latest migrations (the analytics indexes).
    let started = performance.now();
    await migrateDatabase(handle);
    console.log(`${engine}: migrations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // A bulk load leaves no planner statistics; a live database has them from autovacuum.
    started = performance.now();
    await handle.db.execute(sql`vacuum analyze`);
    console.log(`${engine}: vacuum analyze in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const window = { from: monthsBefore(isoDate(new Date()), 12), to: isoDate(new Date()) };
    const reader = createAnalyticsReader(handle.db, { parallelism, cacheTtlMs: 0 });
    const indicesSeconds: number[] = [];
    const indicesCpuSeconds: (number | null)[] = [];
    const indicesLoadAverage: number[] = [];
    let people = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const { result, cpuSeconds } = await databaseCpu(engine, handle.db, () => reader.personContinuity(window, {}));
      people = result.length;
      indicesSeconds.push((performance.now() - started) / 1000);
      indicesCpuSeconds.push(cpuSeconds);
      indicesLoadAverage.push(loadNow());
      console.log(
        `${engine}: every person's indices in ${indicesSeconds.at(-1)?.toFixed(2)} s, database CPU ${cpuSeconds?.toFixed(2) ?? '?'} s (${people} people), load ${indicesLoadAverage.at(-1)}`,
      );
    }
    // The plan of the first slice of people, run as the reader runs it.
    const [slice] = await personRanges(handle.db, parallelism, 12_500);
    const plan = await handle.db.transaction(async (tx) => {
      await useSliceSettings(tx as unknown as Database, DEFAULT_WORK_MEM);
      return rawRows<Record<string, string>>(
        tx as unknown as Database,
        sql`explain (analyze, buffers) ${personContinuitySql(window, {}, { range: slice })}`,
      );
    });
    writeFileSync(
      join(RESULTS, `${OUT.replace(/-bench$/, '')}-explain-${engine}.txt`),
      `${plan.map((row) => Object.values(row)[0]).join('\n')}\n`,
    );
    const bounds = windowBounds(window);
    const [counts] = await rawRows<{ contacts: number; visits: number }>(
      handle.db,
      sql`
      select (select count(*) from contact)::int as contacts,
        (select count(*) from contact_worker
          where occurred_at >= ${bounds.fromInstant}::timestamptz and occurred_at < ${bounds.toExclusiveInstant}::timestamptz)::int as visits`,
    );
    return {
      indicesSeconds,
      indicesCpuSeconds,
      indicesLoadAverage,
      rows: { people, contacts: counts?.contacts ?? 0, visitsInWindow: counts?.visits ?? 0 },
    };
  } finally {
    await handle.close();
  }
}

async function measureEndpoints(env: NodeJS.ProcessEnv): Promise<EndpointResult[]> {
  const server = await startServer(PORT, env);
  try {
    const manager = await signInCookie(BASE, 'demo-manager', 'tandem-demo');
    const person = await signInCookie(BASE, 'demo-person', 'tandem-demo');
    const me = (await (await fetch(`${BASE}/api/v1/me`, { headers: { cookie: person } })).json()) as {
      me: { personId: string };
    };
    const endpoints: [string, string][] = [
      ['/api/v1/analytics/continuity', manager],
      ['/api/v1/analytics/service-figures', manager],
      ['/api/v1/analytics/continuity/sites', manager],
      ['/api/v1/analytics/exports/continuity-summary', manager],
      [`/api/v1/people/${me.me.personId}/continuity`, person],
      // IPS: the quarterly employment rate by site, team and specialist, and the fidelity indicators.
      ['/api/v1/analytics/ips', manager],
      ['/api/v1/analytics/ips.csv', manager],
      ['/api/v1/ips/fidelity', manager],
    ];
    const timeAlone = async (endpoint: string, cookie: string): Promise<number> => {
      const started = performance.now();
      const response = await fetch(BASE + endpoint, { headers: { cookie } });
      if (!response.ok) throw new Error(`${endpoint} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
      return Math.round(performance.now() - started);
    };
    const alone = new Map<string, number[]>();
    for (const [endpoint, cookie] of endpoints) {
      const times: number[] = [];
      for (let i = 0; i < 3; i += 1) times.push(await timeAlone(endpoint, cookie));
      alone.set(endpoint, times);
      console.log(`${endpoint}: ${times.join(' / ')} ms alone, load ${loadNow()}`);
    }
    const results: EndpointResult[] = [];
    for (const [endpoint, cookie] of endpoints) {
      const firstRequestMs = alone.get(endpoint)?.[0] ?? 0;
      await autocannon({ url: BASE + endpoint, headers: { cookie }, connections: CONNECTIONS, duration: 2 });
      const run = await autocannon({
        url: BASE + endpoint,
        headers: { cookie },
        connections: CONNECTIONS,
        duration: SECONDS,
      });
      results.push({
        endpoint: endpoint.replace(me.me.personId, ':id'),
        firstRequestMs,
        aloneMs: alone.get(endpoint),
        requestsPerSecond: Math.round(run.requests.average),
        p50Ms: run.latency.p50,
        p99Ms: run.latency.p99,
        errors: run.errors + run.non2xx,
        loadAverage: loadNow(),
      });
      console.log(results.at(-1), `server RSS ${residentMemoryMiB(server.pid!)} MiB`);
    }
    return results;
  } finally {
    await stopServer(server);
  }
}

async function postgresRun(): Promise<Omit<EngineResult, 'measuredAt' | 'loadAverage'>> {
  const adminUrl =
    process.env.TANDEM_BENCH_DATABASE_URL ??
    execFileSync('bash', ['scripts/postgres.sh', 'start'], { encoding: 'utf8' }).trim();
  const database = `tandem_analytics_bench_${SCALE}`;
  if (!REUSE) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database}`);
    await admin.query(`create database ${database}`);
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const env = { DATABASE_URL: url.toString() };
  const loadSeconds = await loadDemo('postgres', env);
  const indices = await measureIndices('postgres', { engine: 'postgres', url: url.toString(), poolSize: 4 }, 2);
  return {
    engine: 'postgres',
    loadSeconds,
    ...indices,
    parallelism: 2,
    endpoints: ENDPOINTS ? await measureEndpoints(env) : [],
  };
}

async function pgliteRun(): Promise<Omit<EngineResult, 'measuredAt' | 'loadAverage'>> {
  // Kept after the run (several GB at scale 500), so that a later run can --reuse it.
  const dataDir = join(tmpdir(), `tandem-analytics-bench-${SCALE}`);
  if (!REUSE) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { TANDEM_DATA_DIR: dataDir, DATABASE_URL: '' };
  const loadSeconds = await loadDemo('pglite', env);
  const indices = await measureIndices('pglite', { engine: 'pglite', dataDir }, 1);
  return {
    engine: 'pglite',
    loadSeconds,
    ...indices,
    parallelism: 1,
    endpoints: ENDPOINTS ? await measureEndpoints(env) : [],
  };
}

const results: EngineResult[] = [];
for (const engine of ENGINES) {
  const before = loadavg()[0] ?? 0;
  const result = engine === 'postgres' ? await postgresRun() : await pgliteRun();
  results.push({
    ...result,
    measuredAt: new Date().toISOString(),
    loadAverage: [before, loadavg()[0] ?? 0].map((n) => Math.round(n * 10) / 10) as [number, number],
  });
}
const report = {
  scale: SCALE,
  connections: CONNECTIONS,
  secondsPerEndpoint: SECONDS,
  machine: { cpus: cpus().length, node: process.version },
  // An engine not run this time keeps its figures from the last run at the same scale.
  results: [...previousResults().filter((r) => !ENGINES.includes(r.engine)), ...results],
};
writeFileSync(join(RESULTS, `${OUT}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(RESULTS, `${OUT}.md`), markdown(report));

// Continuity from a contacts file (no database): Tandem against polars on 1M and 5M contacts.
if (args.get('continuity-file') !== 'false') {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./continuity-file-bench.ts', import.meta.url))],
    { stdio: 'inherit' },
  );
}
console.log(`Wrote bench/results/${OUT}.json and ${OUT}.md`);

function previousResults(): EngineResult[] {
  try {
    const previous = JSON.parse(readFileSync(join(RESULTS, `${OUT}.json`), 'utf8')) as {
      scale?: number;
      results?: EngineResult[];
    };
    return previous.scale === SCALE && Array.isArray(previous.results)
      ? previous.results.filter((r) => typeof r.measuredAt === 'string')
      : [];
  } catch {
    return [];
  }
}

function markdown(r: typeof report): string {
  const engines = r.results
    .map(
      (e) =>
        `| ${e.engine} | ${e.measuredAt.slice(0, 16)} | ${e.loadAverage.join(' → ')} | ${e.rows.people} | ${e.rows.contacts} | ${e.rows.visitsInWindow} | ` +
        `${e.loadSeconds?.toFixed(0) ?? '?'} | ${e.parallelism} | ${e.indicesSeconds.map((s) => s.toFixed(2)).join(' / ')} | ` +
        `${e.indicesCpuSeconds?.map((s) => s?.toFixed(2) ?? '?').join(' / ') ?? '?'} | ${e.indicesLoadAverage?.join(' / ') ?? '?'} |`,
    )
    .join('\n');
  const endpoints = r.results
    .flatMap((e) =>
      e.endpoints.map(
        (p) =>
          `| ${e.engine} | ${p.endpoint} | ${p.aloneMs?.join(' / ') ?? p.firstRequestMs} | ${p.requestsPerSecond} | ${p.p50Ms} | ${p.p99Ms} | ${p.errors} | ${p.loadAverage ?? '?'} |`,
      ),
    )
    .join('\n');
  return (
    `# Analytics benchmark\n\nOn ${r.machine.cpus} cores, Node ${r.machine.node}: demo scale ${r.scale}, the last 12 months. ` +
    `The machine is shared, so each engine's one-minute load average before and after its run is given, ` +
    `and the CPU time the database spent on each run (PostgreSQL's server processes; for PGlite, the benchmark's own process).\n\n` +
    `| engine | measured (UTC) | load average | people | contacts | visits in window | demo load s | queries in parallel | all indices s (cold / warm / warm) | database CPU s | load average after each |\n` +
    `|---|---|---|---|---|---|---|---|---|---|---|\n${engines}\n\n` +
    `Dashboard endpoints: ${r.connections} connections, ${r.secondsPerEndpoint} s each after a 2 s warm-up. Before any of them is put under load, ` +
    `each is requested three times, one request at a time (the first of them pays for whole-organisation figures, which are then cached for ten minutes).\n\n` +
    `| engine | endpoint | alone ms (first / second / third) | req/s | p50 ms | p99 ms | errors | load average |\n|---|---|---|---|---|---|---|---|\n${endpoints}\n`
  );
}
