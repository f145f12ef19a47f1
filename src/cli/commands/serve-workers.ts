import cluster, { type Worker } from 'node:cluster';

/** A worker that dies within this long of starting is not restarted again and again. */
const CRASH_LOOP_MS = 5_000;

/**
 * Forks `count` server processes sharing one port (Node's cluster module hands connections out in
 * turn) and waits until each listens. A worker that exits unexpectedly is replaced; SIGINT or
 * SIGTERM stops them all, each finishing its requests and sealing its audit events first.
 */
export async function superviseWorkers(count: number): Promise<void> {
  let isStopping = false;
  const startedAt = new Map<number, number>();
  const fork = (): Worker => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
    return worker;
  };
  const listening = Array.from({ length: count }, () => {
    const worker = fork();
    return new Promise<void>((resolve, reject) => {
      worker.once('listening', () => resolve());
      worker.once('exit', (code) => reject(new Error(`a server process exited with ${code} while starting`)));
    });
  });
  await Promise.all(listening);
  cluster.on('exit', (worker, code, signal) => {
    if (isStopping) return;
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    process.stderr.write(
      `A server process stopped (${signal ?? `exit code ${code}`}); ${lived < CRASH_LOOP_MS ? 'not restarting it: it failed at start' : 'starting another'}.\n`,
    );
    if (lived >= CRASH_LOOP_MS) fork();
  });
  const stop = () => {
    isStopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const worker of workers) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      worker.process.kill('SIGTERM');
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
