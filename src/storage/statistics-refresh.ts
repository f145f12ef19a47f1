import { analyzeDatabase } from './migrate';
import type { DatabaseHandle } from './database';
import { repeatEvery } from '../services/repeat-every';

/** How often the embedded database's planner statistics are refreshed while Tandem runs. */
export const STATISTICS_REFRESH_MS = 60 * 60_000;

export interface StatisticsRefresh {
  /** Stops the timer and waits for a refresh that is under way. */
  stop(): Promise<void>;
}

/**
 * PostgreSQL's autovacuum keeps planner statistics current; the embedded database has no
 * background workers, so without this a long-running install plans its queries on the row counts
 * of the day it started (a caseload read can then scan whole tables). ANALYZE samples a fixed number of
 * rows per table, so each refresh costs about the same however large the service grows. On
 * PostgreSQL nothing is scheduled.
 */
export function scheduleStatisticsRefresh(
  handle: DatabaseHandle,
  options: { everyMs?: number; onError?: (error: unknown) => void; onRefreshed?: (ms: number) => void } = {},
): StatisticsRefresh {
  if (handle.engine === 'postgres') return { stop: async () => undefined };
  return repeatEvery(
    options.everyMs ?? STATISTICS_REFRESH_MS,
    async () => {
      const started = performance.now();
      await analyzeDatabase(handle);
      options.onRefreshed?.(performance.now() - started);
    },
    (error) => options.onError?.(error),
  );
}
