import { spawnSync } from 'node:child_process';
import { closeSync, constants, ftruncateSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Thrown when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  constructor(dataDir: string, holder: LockHolder | null) {
    super(
      `Another Tandem process (pid ${holder?.pid ?? 'unknown'}, started ${holder?.startedAt ?? 'at an unknown time'}) is using the data folder ${dataDir}. ` +
        'Stop that process first, or set TANDEM_DATA_DIR to another folder. ' +
        'Two processes writing one embedded database would lose data.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Who holds the folder: written into the lock file for the refusal message only, never trusted for liveness. */
interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface DataDirLock {
  release(): void;
}

/**
 * Takes the single-writer lock on an embedded database folder. PGlite itself does not refuse a
 * second process, and two writers corrupt the folder. The lock is the kernel's `flock` on
 * `tandem.lock`, held through a file descriptor that stays open for the life of this process, so
 * the kernel releases it on any exit, SIGKILL included. Process numbers are never compared: in a
 * container the server is always pid 1, so "is that pid alive?" cannot tell a crashed owner from
 * oneself.
 *
 * @example
 *   const lock = lockDataDir('./data'); // throws DataDirLockedError while another process holds it
 *   try { ... } finally { lock.release(); }
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'tandem.lock');
  // Never unlinked: deleting a flock'ed file lets a later opener lock a new file while an earlier
  // one still locks the old one.
  const fd = openSync(path, constants.O_RDWR | constants.O_CREAT, 0o644);
  try {
    if (!takeKernelLock(fd)) throw new DataDirLockedError(dataDir, readHolder(fd));
    const me: LockHolder = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
    ftruncateSync(fd, 0);
    writeSync(fd, JSON.stringify(me), 0);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let isHeld = true;
  return {
    release: () => {
      if (!isHeld) return;
      isHeld = false;
      ftruncateSync(fd, 0);
      closeSync(fd); // the last descriptor on the open file: the kernel drops the lock
    },
  };
}

/**
 * Node has no flock(2) binding, and native add-ons do not build everywhere Tandem runs, so the
 * util-linux `flock` command locks the descriptor we pass it as fd 3. A flock belongs to the open
 * file description, which this process keeps open after the command exits; so this process holds
 * the lock until it closes the descriptor or ends.
 */
function takeKernelLock(fd: number): boolean {
  const result = spawnSync('flock', ['--exclusive', '--nonblock', '3'], { stdio: ['ignore', 'ignore', 'pipe', fd] });
  if (result.error) {
    const reason =
      (result.error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'the flock command (util-linux) is not installed'
        : result.error.message;
    throw new Error(`Tandem cannot lock its embedded data folder: ${reason}.`);
  }
  if (result.status === 0) return true;
  if (result.status === 1) return false;
  throw new Error(
    `Tandem cannot lock its embedded data folder: flock ended with ${result.status ?? result.signal}: ${result.stderr.toString().trim()}`,
  );
}

function readHolder(fd: number): LockHolder | null {
  try {
    const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, 4096));
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return JSON.parse(buffer.subarray(0, length).toString('utf8')) as LockHolder;
  } catch {
    return null;
  }
}
