import type { SQL } from 'drizzle-orm';
import type { Database } from './database';

/** Runs hand-written SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function rawRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
