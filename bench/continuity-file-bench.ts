import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeContactsFile } from './continuity-contacts-file';

// `tandem analytics continuity --input` against a plain polars implementation of the same five
// indices (bench/continuity-polars.mjs), whole process each (start-up included), on generated files
// of 1 and 5 million contacts. Each run is timed by /usr/bin/time -v (wall time, CPU, peak memory);
// Tandem and polars run back to back, three times, and the median is reported with the load average
// before each pair, since the machine may be shared. Figures go to bench/results/continuity-file-bench.*.
// Usage: npm run bench:continuity-file -- [--sizes 1000000,5000000] [--orders person,time] [--runs 3]

const args = new Map<string, string>();
process.argv.slice(2).forEach((arg, i, all) => {
  if (arg.startsWith('--')) args.set(arg.slice(2), all[i + 1] ?? '');
});
const SIZES = (args.get('sizes') ?? '1000000,5000000').split(',').map(Number);
const ORDERS = (args.get('orders') ?? 'person').split(',') as ('person' | 'time')[];
const RUNS = Number(args.get('runs') ?? 3);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const FILES = join(tmpdir(), 'tandem-continuity-bench');

interface Run {
  wallSeconds: number;
  cpuSeconds: number;
  peakMiB: number;
  loadAverage: number;
}

interface FileResult {
  contacts: number;
  people: number;
  order: 'person' | 'time';
  megabytes: number;
  tandem: Run[];
  polars: Run[];
  /** Largest difference between the two tools' values (first run); 0 means identical. */
  largestDifference: number;
}

function measure(command: string[], output: string): Omit<Run, 'loadAverage'> {
  const result = spawnSync('/usr/bin/time', ['-v', ...command], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  if (result.stdout) writeFileSync(output, result.stdout);
  const field = (name: string) =>
    /: (.*)$/.exec(result.stderr.split('\n').find((line) => line.includes(name)) ?? '')?.[1] ?? '';
  const wall = field('Elapsed (wall clock)')
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
  return {
    wallSeconds: wall,
    cpuSeconds: Number(field('User time')) + Number(field('System time')),
    peakMiB: Number(field('Maximum resident set size')) / 1024,
  };
}

/** Compares two CSV outputs line by line (same people, same order); the largest difference of any value. */
function largestDifference(left: string, right: string): number {
  const a = readFileSync(left, 'utf8').trimEnd().split('\n');
  const b = readFileSync(right, 'utf8').trimEnd().split('\n');
  if (a.length !== b.length) throw new Error(`The outputs list ${a.length - 1} and ${b.length - 1} people.`);
  let largest = 0;
  for (let line = 1; line < a.length; line += 1) {
    const x = a[line]!.split(',');
    const y = b[line]!.split(',');
    if (x[0] !== y[0]) throw new Error(`Line ${line + 1}: ${x[0]} against ${y[0]}.`);
    for (let column = 1; column < x.length; column += 1) {
      if ((x[column] === '') !== (y[column] === ''))
        throw new Error(`Line ${line + 1}, column ${column + 1}: ${x[column]} against ${y[column]}.`);
      if (x[column] !== '') largest = Math.max(largest, Math.abs(Number(x[column]) - Number(y[column])));
    }
  }
  return largest;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

mkdirSync(FILES, { recursive: true });
const results: FileResult[] = [];
for (const contacts of SIZES) {
  for (const order of ORDERS) {
    const input = join(FILES, `contacts-${contacts}-${order}.csv`);
    const generated = existsSync(input) ? null : writeContactsFile(input, contacts, order);
    const people = generated?.people ?? Math.round(contacts / 53);
    const result: FileResult = {
      contacts,
      people,
      order,
      megabytes: statSync(input).size / 1e6,
      tandem: [],
      polars: [],
      largestDifference: 0,
    };
    for (let run = 0; run < RUNS; run += 1) {
      const tandemOutput = join(FILES, 'tandem.csv');
      const polarsOutput = join(FILES, 'polars.csv');
      const loadAverage = loadavg()[0]!;
      result.tandem.push({
        ...measure(
          ['node', 'bin/tandem.mjs', 'analytics', 'continuity', '--input', input, '--format', 'csv'],
          tandemOutput,
        ),
        loadAverage,
      });
      result.polars.push({
        ...measure(['node', 'bench/continuity-polars.mjs', input, polarsOutput], polarsOutput),
        loadAverage,
      });
      if (run === 0) result.largestDifference = largestDifference(tandemOutput, polarsOutput);
      process.stdout.write(
        `${contacts} ${order} run ${run + 1}: tandem ${JSON.stringify(result.tandem.at(-1))}, polars ${JSON.stringify(result.polars.at(-1))}\n`,
      );
    }
    results.push(result);
  }
}
rmSync(join(FILES, 'tandem.csv'), { force: true });
rmSync(join(FILES, 'polars.csv'), { force: true });

const machine = {
  cpus: cpus().length,
  node: process.version,
  polars: JSON.parse(readFileSync(join(ROOT, 'node_modules/nodejs-polars/package.json'), 'utf8')).version as string,
};
const report = { measuredAt: new Date().toISOString(), machine, results };
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'continuity-file-bench.json'), `${JSON.stringify(report, null, 2)}\n`);
const rows = results
  .map((r) => {
    const cell = (runs: Run[], key: keyof Run, digits: number) =>
      `${median(runs.map((run) => run[key])).toFixed(digits)} (${runs.map((run) => run[key].toFixed(digits)).join(' / ')})`;
    return (
      `| ${r.contacts.toLocaleString('en-GB')} | ${r.people.toLocaleString('en-GB')} | ${r.order} | ${r.megabytes.toFixed(0)} | ` +
      `${cell(r.tandem, 'wallSeconds', 2)} | ${cell(r.polars, 'wallSeconds', 2)} | ${cell(r.tandem, 'cpuSeconds', 2)} | ${cell(r.polars, 'cpuSeconds', 2)} | ` +
      `${cell(r.tandem, 'peakMiB', 0)} | ${cell(r.polars, 'peakMiB', 0)} | ${r.tandem.map((run) => run.loadAverage.toFixed(1)).join(' / ')} | ${r.largestDifference} |`
    );
  })
  .join('\n');
writeFileSync(
  join(RESULTS, 'continuity-file-bench.md'),
  `# Continuity from a contacts file: Tandem and polars\n\nMeasured ${report.measuredAt.slice(0, 16)} UTC on ${machine.cpus} cores, Node ${machine.node}, nodejs-polars ${machine.polars}. ` +
    'Whole process each, start-up included, timed by /usr/bin/time -v; median of the runs, each run in brackets; ' +
    'Tandem and polars run back to back, with the one-minute load average before each pair (the machine is shared). ' +
    'Files from bench/continuity-contacts-file.ts: "person" is sorted by person_id (read in one pass), "time" by contact time (read in two). ' +
    'The last column is the largest difference between any value the two tools give.\n\n' +
    '| contacts | people | order | MB | Tandem wall s | polars wall s | Tandem CPU s | polars CPU s | Tandem peak MiB | polars peak MiB | load average | largest difference |\n' +
    `|---|---|---|---|---|---|---|---|---|---|---|---|\n${rows}\n`,
);
process.stdout.write(`Written to ${RESULTS}/continuity-file-bench.md\n`);
