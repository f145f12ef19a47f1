import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { newId } from '../services/new-id';
import { rawRows } from './raw-rows';
import { scheduleStatisticsRefresh } from './statistics-refresh';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/** The planner's idea of how many sites there are, which only ANALYZE (or VACUUM) updates. */
const plannedSites = async () =>
  (await rawRows<{ n: number }>(t.handle.db, sql`select reltuples::int as n from pg_class where relname = 'site'`))[0]
    ?.n;

describe('scheduleStatisticsRefresh', () => {
  it('refreshes the embedded database’s planner statistics on its timer, and schedules nothing on PostgreSQL', async () => {
    for (let i = 0; i < 25; i++) await t.repositories.organisation.createSite({ id: newId(), name: `Site ${i}` });
    expect(await plannedSites()).not.toBe(25);
    const refreshed: number[] = [];
    const errors: unknown[] = [];
    const refresh = scheduleStatisticsRefresh(t.handle, {
      everyMs: 20,
      onRefreshed: (ms) => refreshed.push(ms),
      onError: (e) => errors.push(e),
    });
    if (t.engine === 'pglite')
      await expect.poll(() => refreshed.length, { timeout: 20_000, interval: 50 }).toBeGreaterThan(0);
    else await new Promise((resolve) => setTimeout(resolve, 200));
    await refresh.stop();
    const count = refreshed.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(refreshed.length).toBe(count);
    expect(errors).toEqual([]);
    if (t.engine === 'postgres') {
      expect(count).toBe(0);
    } else {
      expect(await plannedSites()).toBe(25);
    }
  });
});
