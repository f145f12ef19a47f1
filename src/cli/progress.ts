/** Where progress goes: a terminal gets one line rewritten in place, anything else plain lines. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** `done` of the total so far. */
  update(done: number): void;
  /** Ends the line on a terminal; prints nothing else. */
  finish(): void;
}

/** On a log (not a terminal), at most one line this often, so logs stay short. */
const PLAIN_EVERY_MS = 5_000;

/**
 * Shows progress of a long command as done / total, the share done and an estimate of the time left
 * (from the pace so far).
 *
 * @example
 * const progress = createProgress({ label: 'Loading people', total: 10_000, stream: process.stderr });
 * progress.update(2_500); // "Loading people: 2,500 / 10,000 (25%), about 1 min left"
 */
export function createProgress(options: {
  label: string;
  total: number;
  stream: ProgressStream;
  now?: () => number;
  startedAt?: number;
}): Progress {
  const now = options.now ?? Date.now;
  const started = options.startedAt ?? now();
  let lastPlainAt = -Infinity;
  let hasLine = false;
  return {
    update: (done) => {
      const line = progressLine(options.label, done, options.total, now() - started);
      if (options.stream.isTTY) {
        options.stream.write(`\r\x1b[2K${line}`);
        hasLine = true;
      } else if (now() - lastPlainAt >= PLAIN_EVERY_MS || done >= options.total) {
        options.stream.write(`${line}\n`);
        lastPlainAt = now();
      }
    },
    finish: () => {
      if (hasLine) options.stream.write('\n');
    },
  };
}

/** "Label: 2,500 / 10,000 (25%), about 1 min left". */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const share = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
  const counts = `${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} (${share}%)`;
  if (done >= total) return `${label}: ${counts}, done`;
  if (done === 0) return `${label}: ${counts}`;
  return `${label}: ${counts}, about ${duration((elapsedMs / done) * (total - done))} left`;
}

function duration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
