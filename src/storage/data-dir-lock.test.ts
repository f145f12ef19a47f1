import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const folders: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
const newFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'tandem-lock-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  children.splice(0).forEach((child) => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  });
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

/** Starts a process (its own process group) that takes the lock; resolves with the pid it reports, or rejects with its error. */
function startHolder(
  folder: string,
  prefix: string[] = [],
): Promise<{ child: ChildProcessWithoutNullStreams; pid: number }> {
  const command = [...prefix, process.execPath, '--import', 'tsx', '-e', HOLD_LOCK, folder];
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, detached: true }) as ChildProcessWithoutNullStreams;
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) =>
      resolve({ child, pid: Number(/locked by (\d+)/.exec(chunk.toString())?.[1]) }),
    );
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}: ${stderr}`)));
  });
}

function killGroup(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGKILL');
  });
}

const canMakePidNamespace = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;

describe('lockDataDir', () => {
  it('refuses a second process while the first holds the folder, with a message saying what to do', async () => {
    const folder = newFolder();
    const { pid } = await startHolder(folder);
    expect(() => lockDataDir(folder)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(folder)).toThrow(
      new RegExp(`Another Tandem process \\(pid ${pid}, started .*TANDEM_DATA_DIR`),
    );
  }, 60_000);

  it('refuses a second lock on the same folder from within the same process', () => {
    const folder = newFolder();
    const lock = lockDataDir(folder);
    expect(() => lockDataDir(folder)).toThrow(DataDirLockedError);
    lock.release();
  });

  it('takes over the folder from a process killed with SIGKILL while holding it', async () => {
    const folder = newFolder();
    const { child } = await startHolder(folder);
    await killGroup(child);
    lockDataDir(folder).release();
  }, 60_000);

  // A container's server is pid 1 after every restart; the lock must not mistake its crashed
  // predecessor for itself.
  it.skipIf(!canMakePidNamespace)(
    'starts again in a new PID namespace after the holder there (pid 1) was killed (skipped where unshare --pid is not permitted, e.g. without root or CAP_SYS_ADMIN)',
    async () => {
      const folder = newFolder();
      const inNamespace = ['unshare', '--pid', '--fork', '--mount-proc'];
      const first = await startHolder(folder, inNamespace);
      expect(first.pid).toBe(1);
      await killGroup(first.child);
      const second = await startHolder(folder, inNamespace);
      expect(second.pid).toBe(1);
      expect(() => lockDataDir(folder)).toThrow(/pid 1,/);
    },
    60_000,
  );

  it('takes over a lock file left by an earlier version whose process has died', () => {
    const folder = newFolder();
    writeFileSync(
      join(folder, 'tandem.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12_345, hostname: hostname(), startedAt: 'earlier' }),
    );
    lockDataDir(folder).release();
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
process.stdout.write('locked by ' + process.pid + '\\n');
setInterval(() => {}, 1000);
`;
