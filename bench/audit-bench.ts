import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { auditHash, GENESIS_HASH } from '../src/domain/audit/audit-hash';
import { newId } from '../src/services/new-id';
import { sealAllAuditEvents } from '../src/storage/audit-sequencer';
import { openDatabase } from '../src/storage/database';
import { migrateDatabase } from '../src/storage/migrate';

// The audit append alone, on PostgreSQL, side by side in one run: the per-chain lock it replaced
// (ADR 0004) against the unsealed insert (ADR 0018), with 16 clients on one chain and on 16 chains,
// each as a read would do it (BEGIN, one small read, the event, COMMIT), plus the insert on its own
// with no transaction around it (how a list read could do it). The sequencer runs throughout.
// Usage: TANDEM_BENCH_DATABASE_URL=postgres://… npx tsx bench/audit-bench.ts [--seconds S]

const SECONDS = process.argv.includes('--seconds') ? Number(process.argv[process.argv.indexOf('--seconds') + 1]) : 5;
const CLIENTS = 16;
const adminUrl = process.env.TANDEM_BENCH_DATABASE_URL;
if (!adminUrl) throw new Error('Set TANDEM_BENCH_DATABASE_URL to a PostgreSQL server this may create a database on.');
const database = 'tandem_bench_audit';
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`drop database if exists ${database}`);
await admin.query(`create database ${database}`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${database}`;
const handle = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 2 });
await migrateDatabase(handle);
const pool = new pg.Pool({ connectionString: url.toString(), max: CLIENTS });

type Mode = 'locked chain (before)' | 'unsealed insert in a transaction' | 'unsealed insert, no transaction';

const INSERT = `insert into audit_event (id, chain_key, sequence, occurred_at, account_id, actor_name, actor_role, action, person_id, basis, reason, detail, previous_hash, hash, hash_version)
  values ($1, $2, $3, $4, $5, 'Bench', 'worker', 'caseload.read', null, null, null, '{}'::jsonb, $6, $7, $8)`;

async function once(client: pg.PoolClient, mode: Mode, chain: number): Promise<void> {
  const accountId = `00000000-0000-7000-8000-${String(chain).padStart(12, '0')}`;
  const chainKey = `account:${accountId}`;
  const id = newId();
  const at = new Date();
  if (mode === 'unsealed insert, no transaction') {
    await client.query(INSERT, [id, chainKey, null, at, accountId, null, null, null]);
    return;
  }
  await client.query('begin');
  await client.query('select 1');
  if (mode === 'locked chain (before)') {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [chainKey]);
    const last = await client.query<{ sequence: number; hash: string }>(
      'select sequence, hash from audit_event where chain_key = $1 and sequence is not null order by sequence desc limit 1',
      [chainKey],
    );
    const previous = last.rows[0]?.hash ?? GENESIS_HASH;
    const hash = auditHash(previous, {
      id,
      occurredAt: at,
      accountId,
      action: 'caseload.read',
      personId: null,
      reason: null,
      detail: {},
      chainKey,
      actorName: 'Bench',
      actorRole: 'worker',
      basis: null,
    });
    await client.query(INSERT, [id, chainKey, (last.rows[0]?.sequence ?? 0) + 1, at, accountId, previous, hash, 2]);
  } else {
    await client.query(INSERT, [id, chainKey, null, at, accountId, null, null, null]);
  }
  await client.query('commit');
}

async function run(mode: Mode, chains: number, offset: number) {
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, i) => {
      const client = await pool.connect();
      try {
        while (performance.now() < until) {
          const started = performance.now();
          await once(client, mode, offset + (i % chains));
          latencies.push(performance.now() - started);
        }
      } finally {
        client.release();
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
  return {
    mode,
    chains,
    perSecond: Math.round(latencies.length / SECONDS),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    loadAverage: loadavg()[0]!.toFixed(1),
  };
}

let sealing = true;
const sequencer = (async () => {
  while (sealing) {
    await sealAllAuditEvents(handle.db);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
})();
const results = [];
let offset = 0;
for (const chains of [1, 16]) {
  for (const mode of [
    'locked chain (before)',
    'unsealed insert in a transaction',
    'unsealed insert, no transaction',
  ] as Mode[]) {
    results.push(await run(mode, chains, offset));
    offset += 100; // a fresh set of chains per run, so one run's chains do not grow another's
    console.log(results.at(-1));
  }
}
sealing = false;
await sequencer;
// How fast one sequencer seals a backlog: 20,000 events over 2,000 chains.
const BACKLOG = 20_000;
await pool.query(`insert into audit_event (id, chain_key, occurred_at, actor_name, actor_role, action, detail)
  select gen_random_uuid(), 'person:' || (n % 2000), now() + n * interval '1 microsecond', 'Bench', 'worker', 'person.read', '{}'::jsonb
    from generate_series(1, ${BACKLOG}) as n`);
const sealStarted = performance.now();
const sealedCount = await sealAllAuditEvents(handle.db);
const sealPerSecond = Math.round(sealedCount / ((performance.now() - sealStarted) / 1000));
console.log({ sealedCount, sealPerSecond });
await pool.end();
await handle.close();

const table = results
  .map((r) => `| ${r.mode} | ${r.chains} | ${r.perSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.loadAverage} |`)
  .join('\n');
writeFileSync(
  join(fileURLToPath(new URL('./results/', import.meta.url)), 'audit-bench.md'),
  `# Audit append benchmark\n\nMeasured ${new Date().toISOString()} on PostgreSQL, ${CLIENTS} clients, ${SECONDS} s per row, sequencer sealing every 250 ms throughout. ` +
    `Each transaction is BEGIN, \`select 1\`, the audit event, COMMIT (except the last mode, a single insert).\n` +
    `The machine was shared: the load average (1 min) is given per row, and only rows of one run compare.\n\n` +
    `| mode | chains | appends/s | p50 ms | p99 ms | load |\n|---|---|---|---|---|---|\n${table}\n\n` +
    `One sequencer sealed a backlog of ${sealedCount} events over 2,000 chains at ${sealPerSecond} events/s (load ${loadavg()[0]!.toFixed(1)}).\n`,
);
console.log('Wrote bench/results/audit-bench.md');
