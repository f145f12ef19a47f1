import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';

// Two servers creating the table at once can collide in PostgreSQL's catalogue even with
// "if not exists" (unique_violation on the type, or duplicate_table); either way the table is there.
const ALREADY_CREATED = new Set(['23505', '42P07']);

/**
 * The installation's secret for pseudonymised research exports: 32 random bytes, kept in a table
 * of one row that is created, with the secret, the first time an export needs it. Pseudonyms are
 * keyed with it, so they cannot be recomputed from an id by anyone who does not hold this
 * database. Two exports racing to create it both end up with the secret stored first. The secret
 * is never exported or shown.
 */
export async function loadPseudonymKey(db: Database): Promise<Buffer> {
  try {
    await rawRows(
      db,
      sql`
      create table if not exists pseudonym_key (
        id integer primary key check (id = 1),
        secret text not null,
        created_at timestamptz not null default now()
      )`,
    );
  } catch (error) {
    if (
      !ALREADY_CREATED.has(
        String((error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code),
      )
    )
      throw error;
  }
  const candidate = randomBytes(32).toString('base64');
  await rawRows(db, sql`insert into pseudonym_key (id, secret) values (1, ${candidate}) on conflict (id) do nothing`);
  const [row] = await rawRows<{ secret: string }>(db, sql`select secret from pseudonym_key where id = 1`);
  if (!row) throw new Error('The pseudonym secret could not be stored.');
  return Buffer.from(row.secret, 'base64');
}
