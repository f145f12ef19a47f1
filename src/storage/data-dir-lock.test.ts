import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const folders: string[] = [];
const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('lockDataDir', () => {
  it('refuses a second process while the first holds the folder, with a message saying what to do', async () => {
    const folder = newFolder();
    const holder = spawn(process.execPath, ['--import', 'tsx', '-e', HOLD_LOCK, folder], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.once('data', () => resolve());
        holder.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
      });
      expect(() => lockDataDir(folder)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(folder)).toThrow(/Another Tandem process \(pid \d+.*TANDEM_DATA_DIR/);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a process that has died', () => {
    const folder = newFolder();
    writeFileSync(join(folder, 'tandem.lock'), JSON.stringify({ pid: 2 ** 22 + 12_345, hostname: hostname(), startedAt: 'earlier' }));
    const lock = lockDataDir(folder);
    lock.release();
  });

  it('can be taken again after release', () => {
    const folder = newFolder();
    lockDataDir(folder).release();
    lockDataDir(folder).release();
  });
});

const HOLD_LOCK = `
import { lockDataDir } from './src/storage/data-dir-lock.ts';
lockDataDir(process.argv[1]);
process.stdout.write('locked\\n');
setInterval(() => {}, 1000);
`;
