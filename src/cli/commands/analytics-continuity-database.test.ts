import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeRandomCareHistory, type RandomCareHistory } from '../../../test/support/random-care-history';
import { openDatabase } from '../../storage/database';
import { createRepositories } from '../../storage/unit-of-work';
import { analyticsContinuity } from './analytics-continuity';

const run = promisify(execFile);
const tandem = fileURLToPath(new URL('../../../bin/tandem.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'tandem-cli-db-'));
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
let history: RandomCareHistory;

/** Runs the command line against the data folder, never against a PostgreSQL server. */
async function tandemCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [tandem, ...args], {
      env: { ...process.env, TANDEM_DATA_DIR: folder, DATABASE_URL: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// A data folder made from the run's migrated template (well under a second, where `tandem demo`
// takes over half a minute here), filled with random care histories through the repositories.
beforeAll(async () => {
  const template = new Blob([readFileSync(inject('pgliteTemplatePath'))]);
  await (await PGlite.create(join(folder, 'pglite'), { loadDataDir: template })).close();
  const handle = await openDatabase({ engine: 'pglite', dataDir: folder });
  try {
    history = await writeRandomCareHistory({ repositories: createRepositories(handle.db) }, 11, [
      PERIOD.from,
      '2026-01-01',
    ]);
  } finally {
    await handle.close();
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('tandem analytics continuity --from/--to', () => {
  it('prints, from the database, exactly what --input prints for the same contacts as CSV', async () => {
    const inPeriod = history.contacts.filter(
      (c) => c.occurredAt >= new Date('2025-01-01T00:00:00Z') && c.occurredAt < new Date('2026-01-01T00:00:00Z'),
    );
    const csv = [
      'person_id,worker_id,contact_at',
      ...inPeriod.flatMap((c) => c.workerIds.map((w) => `${c.personId},${w},${c.occurredAt.toISOString()}`)),
    ];
    const input = join(folder, 'contacts.csv');
    writeFileSync(input, `${csv.join('\n')}\n`);
    // Side by side: each run pays for Node and the TypeScript loader starting.
    const [fromDatabase, fromFile] = await Promise.all([
      tandemCli(['analytics', 'continuity', '--from', PERIOD.from, '--to', PERIOD.to]),
      tandemCli(['analytics', 'continuity', '--input', input]),
    ]);
    expect(fromDatabase.stderr).toBe('');
    expect([fromDatabase.code, fromFile.code]).toEqual([0, 0]);
    expect(fromDatabase.stdout).toBe(fromFile.stdout);
    const lines = fromDatabase.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.length).toBe(new Set(inPeriod.filter((c) => c.workerIds.length > 0).map((c) => c.personId)).size);
    expect(Object.keys(lines[0])).toEqual(['person_id', 'contacts', 'workers', 'upc', 'coc', 'secon', 'mmci', 'hhi']);
  }, 90_000);

  it('gives the same CSV from the database and from the whole file for a period given as --period', async () => {
    const csv = [
      'person_id,worker_id,contact_at',
      ...history.contacts.flatMap((c) => c.workerIds.map((w) => `${c.personId},${w},${c.occurredAt.toISOString()}`)),
    ];
    const input = join(folder, 'all-contacts.csv');
    writeFileSync(input, `${csv.join('\n')}\n`);
    const flags = ['--period', '2025-03-01,2025-08-31', '--format', 'csv'];
    const [fromDatabase, fromFile, wholeFile] = await Promise.all([
      tandemCli(['analytics', 'continuity', ...flags]),
      tandemCli(['analytics', 'continuity', '--input', input, ...flags]),
      tandemCli(['analytics', 'continuity', '--input', input, '--format', 'csv']),
    ]);
    expect([fromDatabase.code, fromFile.code]).toEqual([0, 0]);
    expect(fromDatabase.stdout.split('\n')[0]).toBe('person_id,contacts,workers,upc,coc,secon,mmci,hhi');
    expect(fromDatabase.stdout).toBe(fromFile.stdout);
    expect(fromFile.stdout).not.toBe(wholeFile.stdout);
  }, 90_000);

  it('refuses a file and a period together, and a bad date, with exit code 2 and a clear message', async () => {
    const [both, badDate] = await Promise.all([
      tandemCli(['analytics', 'continuity', '--input', 'x.csv', '--from', '2025-01-01']),
      tandemCli(['analytics', 'continuity', '--from', '2025-02-30']),
    ]);
    expect([both.code, badDate.code]).toEqual([2, 2]);
    expect(both.stderr).toMatch(/either --input FILE or --from\/--to, not both/);
    expect(badDate.stderr).toMatch(/--from "2025-02-30" is not a date/);
    for (const result of [both, badDate]) {
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  }, 60_000);

  it.each([
    [{ to: '31/12/2025' }, /--to "31\/12\/2025" is not a date; write it as YYYY-MM-DD/],
    [{ from: '2025-06-01', to: '2025-01-01' }, /--from 2025-06-01 is after --to 2025-01-01/],
    [{ input: 'x.csv', to: '2025-01-01' }, /not both/],
  ])('refuses %o before opening the database', async (options, message) => {
    await expect(analyticsContinuity(options)).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(message),
    });
  });
});
