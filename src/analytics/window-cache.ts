import type { AnalyticsWindow } from '../services/analytics/ports';

/** Results reused for a while, keyed by what was asked and the window. */
export interface WindowCache {
  get<T>(what: string, window: AnalyticsWindow, compute: () => Promise<T>): Promise<T>;
}

/** Windows kept at once; the default window moves daily, so old ones age out. */
const MAX_ENTRIES = 16;

/**
 * A time-limited cache for figures that take seconds to work out. Callers asking while a value is
 * being computed share that computation, so a burst of dashboard requests costs one query. A
 * failed computation is not kept. With `ttlMs` 0 nothing is kept.
 */
export function createWindowCache(ttlMs: number, now: () => number = Date.now): WindowCache {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  return {
    get<T>(what: string, window: AnalyticsWindow, compute: () => Promise<T>): Promise<T> {
      if (ttlMs <= 0) return compute();
      const key = `${what}|${window.from}|${window.to}`;
      const entry = entries.get(key);
      if (entry && now() - entry.at < ttlMs) return entry.value as Promise<T>;
      const value = compute();
      entries.set(key, { at: now(), value });
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
