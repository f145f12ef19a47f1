import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { residentMemoryMiB, startServer, stopServer } from './bench-server';

// A mixed run of reads and writes against a served demo organisation on PostgreSQL (load it first:
// `DATABASE_URL=… tandem demo --scale 50`). Each of 16 connections cycles through 20 requests:
//   reads (18 of 20): 6 caseloads, 4 person records, 3 contact lists, 3 care plans, 2 meeting lists;
//   writes (2 of 20): 1 contact recorded, 1 change proposed to a care-plan section in the person's
//   own words (a worker's change there is always a proposal, so it never goes stale), for the
//   people on the caseload who have such a section.
// The people are those on demo-worker's caseload, taken in turn.
// Usage: DATABASE_URL=postgres://… npx tsx bench/mixed.ts [--seconds S] (default 120)

const SECONDS = process.argv.includes('--seconds') ? Number(process.argv[process.argv.indexOf('--seconds') + 1]) : 120;
const CONNECTIONS = 16;
const PORT = 3940;
const BASE = `http://127.0.0.1:${PORT}`;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL database holding the demo organisation.');

const MIX: {
  name: string;
  count: number;
  method: 'GET' | 'POST' | 'PUT';
  path: (personId: string) => string;
  body?: (personId: string) => string;
}[] = [
  { name: 'caseload', count: 6, method: 'GET', path: () => '/api/v1/caseload' },
  { name: 'person record', count: 4, method: 'GET', path: (id) => `/api/v1/people/${id}` },
  { name: 'contacts', count: 3, method: 'GET', path: (id) => `/api/v1/people/${id}/contacts` },
  { name: 'care plan', count: 3, method: 'GET', path: (id) => `/api/v1/people/${id}/care-plan` },
  { name: 'meetings', count: 2, method: 'GET', path: (id) => `/api/v1/people/${id}/meetings` },
  {
    name: 'record a contact',
    count: 1,
    method: 'POST',
    path: (id) => `/api/v1/people/${id}/contacts`,
    body: () => JSON.stringify({ durationMinutes: 30, mode: 'phone', kind: 'brief_contact' }),
  },
  {
    name: 'propose a care-plan change',
    count: 1,
    method: 'PUT',
    path: (id) => `/api/v1/people/${id}/care-plan/sections/${ownWords.get(id)!.key}`,
    body: (id) =>
      JSON.stringify({
        text: `${ownWords.get(id)!.text}\nProposed in the mixed benchmark.`.slice(0, 4000),
        baseVersion: ownWords.get(id)!.version,
      }),
  },
];
/** Per person: a section of their care plan in their own words, and its version. */
const ownWords = new Map<string, { key: string; text: string; version: number }>();

const server = await startServer(PORT, { DATABASE_URL: url });
let peakMiB = 0;
const sampler = setInterval(() => (peakMiB = Math.max(peakMiB, residentMemoryMiB(server.pid!) ?? 0)), 500);
try {
  const signIn = await fetch(`${BASE}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-worker', password: 'tandem-demo' }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const people = (
    (await (await fetch(`${BASE}/api/v1/caseload`, { headers: { cookie } })).json()) as {
      people: { personId: string }[];
    }
  ).people.map((p) => p.personId);
  for (const id of people) {
    const plan = (await (await fetch(`${BASE}/api/v1/people/${id}/care-plan`, { headers: { cookie } })).json()) as {
      sections?: { key: string; isPersonsOwnWords: boolean; text: string; version: number }[];
    };
    const section = plan.sections?.find((candidate) => candidate.isPersonsOwnWords);
    if (section) ownWords.set(id, section);
  }
  const planned = people.filter((id) => ownWords.has(id));
  if (planned.length === 0) throw new Error('No one on the caseload has a care-plan section in their own words.');
  let turn = 0;
  const requests = MIX.flatMap((kind) =>
    Array.from({ length: kind.count }, () => ({
      method: kind.method,
      setupRequest: (request: { path: string; headers?: Record<string, string> }) => {
        // Proposals go to people with a section in their own words; reads go to everyone.
        const personId = kind.body ? planned[turn++ % planned.length]! : people[turn++ % people.length]!;
        return {
          ...request,
          path: kind.path(personId),
          ...(kind.body
            ? {
                body: kind.body(personId),
                headers: {
                  ...request.headers,
                  cookie,
                  'content-type': 'application/json',
                  'x-csrf-token': csrfToken,
                },
              }
            : {}),
        };
      },
    })),
  );
  const counts: Record<number, number> = {};
  const run = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { cookie },
    requests: requests as autocannon.Request[],
  });
  Object.assign(counts, run.statusCodeStats);
  const loadAfter = loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  const text =
    `# Mixed reads and writes\n\nMeasured ${new Date().toISOString()} on PostgreSQL over the demo organisation (database ${new URL(url).pathname.slice(1)}), ` +
    `${CONNECTIONS} connections for ${SECONDS} s, one server process (\`bench/mixed.ts\`). Load average at the end: ${loadAfter} (shared machine).\n\n` +
    `Each connection cycles through 20 requests: ${MIX.map((m) => `${m.count} ${m.name}`).join(', ')} (90% reads, 10% writes).\n\n` +
    `| req/s | p50 ms | p99 ms | errors | non-2xx | status codes | server MiB (peak RSS) |\n|---|---|---|---|---|---|---|\n` +
    `| ${Math.round(run.requests.average)} | ${run.latency.p50} | ${run.latency.p99} | ${run.errors} | ${run.non2xx} | ${JSON.stringify(counts)} | ${peakMiB} |\n`;
  writeFileSync(join(fileURLToPath(new URL('./results/', import.meta.url)), 'mixed.md'), text);
  console.log(text);
} finally {
  clearInterval(sampler);
  await stopServer(server);
}
