import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tandem = fileURLToPath(new URL('../../../bin/tandem.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'tandem-cli-'));

async function continuity(csv: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const input = join(folder, `${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(input, csv);
  try {
    const { stdout, stderr } = await run(process.execPath, [
      tandem,
      'analytics',
      'continuity',
      '--input',
      input,
      ...flags,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('tandem analytics continuity --input', () => {
  it('prints one JSON object per person', async () => {
    // p1 saw a, a, b: N = 3, COC = (2² + 1² − 3) / (3·2) = 1/3; SECON: one of two pairs continuous = 0.5.
    const result = await continuity(
      'person_id,worker_id,contact_at\np1,a,2026-01-01\np1,a,2026-02-01\np1,b,2026-03-01\n',
    );
    expect(result.code).toBe(0);
    const [line] = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(line).toMatchObject({ person_id: 'p1', contacts: 3, workers: 2, secon: 0.5 });
    expect(line.coc).toBeCloseTo(1 / 3, 10);
    expect(line.upc).toBeCloseTo(2 / 3, 10);
  }, 30_000);

  it('reads a file in any order, and writes CSV for the contacts in a period when asked', async () => {
    const csv =
      'person_id,worker_id,contact_at\np2,a,2026-01-01\np1,b,2026-03-01\np2,b,2026-01-02\np1,a,2026-02-01\np1,a,2025-12-31T23:59Z\n';
    const result = await continuity(csv, '--format', 'csv', '--period', '2026-01-01,2026-02-28');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'person_id,contacts,workers,upc,coc,secon,mmci,hhi\np1,1,1,1,,,1,1\np2,2,2,0.5,0,0,0.09090909090909101,0.5\n',
    );
  }, 30_000);

  it.each([
    ['an unknown format', ['--format', 'xml'], /--format "xml" is not known; use jsonl/],
    [
      'a period that is not two dates',
      ['--period', '2026-01-01'],
      /--period "2026-01-01" is not a period; write it as FROM,TO/,
    ],
    [
      'a period that ends before it starts',
      ['--period', '2026-02-01,2026-01-01'],
      /--period starts \(2026-02-01\) after it ends/,
    ],
  ])(
    'refuses %s before reading anything',
    async (_name, flags, message) => {
      const result = await continuity('person_id,worker_id,contact_at\np1,a,2026-01-01\n', ...flags);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    },
    30_000,
  );

  it.each([
    ['a missing column', 'person_id,contact_at\np1,2026-01-01\n', /worker_id/],
    [
      'a bad date',
      'person_id,worker_id,contact_at\np1,a,2026-01-01\np1,a,not-a-date\n',
      /Line 3, column 3 \(contact_at\)/,
    ],
    ['an empty file', '', /empty|no rows|header/i],
  ])(
    'refuses %s with a clear message and no crash',
    async (_name, csv, message) => {
      const result = await continuity(csv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    },
    30_000,
  );
});
