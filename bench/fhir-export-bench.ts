import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { residentMemoryMiB, signInCookie, startServer, stopServer } from './bench-server';

// A FHIR Bulk Data export of the whole demo organisation, as a researcher would run it: kick-off,
// polling, and every file downloaded. On PostgreSQL over a database holding the demo organisation
// (`DATABASE_URL=… tandem demo --scale 50`).
// Usage: DATABASE_URL=postgres://… [TANDEM_BENCH_PORT=3945] npx tsx bench/fhir-export-bench.ts [--scale-label N] [--out NAME]
// (--out writes bench/results/NAME.md instead of fhir-export.md, for a run at another scale)

const PORT = Number(process.env.TANDEM_BENCH_PORT ?? 3945);
const BASE = `http://127.0.0.1:${PORT}`;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL database holding the demo organisation.');
const option = (name: string) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined;
const scaleLabel = option('scale-label') ?? '?';
const outName = option('out') ?? 'fhir-export';

const server = await startServer(PORT, { DATABASE_URL: url }, [], ['--workers', '1']);
// Resident memory at the start, and its peak while the files are written and while they are downloaded.
const startMiB = residentMemoryMiB(server.pid!) ?? 0;
const peaks = { writing: 0, downloading: 0 };
let phase: keyof typeof peaks = 'writing';
const sampler = setInterval(() => (peaks[phase] = Math.max(peaks[phase], residentMemoryMiB(server.pid!) ?? 0)), 100);
try {
  const cookie = await signInCookie(BASE, 'demo-researcher', 'tandem-demo');
  const started = performance.now();
  const kickOff = await fetch(`${BASE}/fhir/R4/$export`, { headers: { cookie, prefer: 'respond-async' } });
  if (kickOff.status !== 202) throw new Error(`kick-off answered ${kickOff.status}: ${await kickOff.text()}`);
  const status = kickOff.headers.get('content-location')!;
  type Manifest = { output: { type: string; url: string; count: number }[] };
  let manifest: Manifest | null = null;
  while (!manifest) {
    const polled = await fetch(status, { headers: { cookie } });
    if (polled.status === 200) manifest = (await polled.json()) as Manifest;
    else if (polled.status === 202) await new Promise((resolve) => setTimeout(resolve, 500));
    else throw new Error(`status answered ${polled.status}: ${await polled.text()}`);
  }
  const written = performance.now();
  phase = 'downloading';
  const byType = new Map<string, { files: number; resources: number; bytes: number }>();
  for (const file of manifest.output) {
    const response = await fetch(file.url, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`file answered ${response.status}`);
    const text = await response.text();
    const row = byType.get(file.type) ?? { files: 0, resources: 0, bytes: 0 };
    row.files += 1;
    row.resources += text.split('\n').length - 1;
    row.bytes += Buffer.byteLength(text);
    byType.set(file.type, row);
  }
  const downloaded = performance.now();
  await fetch(status, { method: 'DELETE', headers: { cookie } });
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const text =
    `# FHIR Bulk Data export\n\nMeasured ${new Date().toISOString()} on PostgreSQL, demo scale ${scaleLabel}, one server process ` +
    `(\`bench/fhir-export-bench.ts\`). Load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} (shared machine).\n\n` +
    `Kick-off to written: ${seconds(written - started)} s; every file downloaded in ${seconds(downloaded - written)} s; ` +
    `peak server memory ${Math.max(peaks.writing, peaks.downloading)} MiB (${startMiB} MiB at start, ` +
    `${peaks.writing} MiB while writing, ${peaks.downloading} MiB while downloading).\n\n| type | files | resources | MiB of NDJSON |\n|---|---|---|---|\n` +
    [...byType]
      .map(([type, row]) => `| ${type} | ${row.files} | ${row.resources} | ${(row.bytes / 1_048_576).toFixed(1)} |`)
      .join('\n') +
    '\n';
  writeFileSync(join(fileURLToPath(new URL('./results/', import.meta.url)), `${outName}.md`), text);
  console.log(text);
} finally {
  clearInterval(sampler);
  await stopServer(server);
}
