import type { Query, SQLWrapper } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from './database';

const dialect = new PgDialect();

/**
 * A statement on a hot path (every request, or every caseload), written with `sql.placeholder()`
 * for its values. Its SQL text is built once per process instead of once per call, and on
 * PostgreSQL it is prepared once per connection under its name, so the server stops planning it
 * again after a few runs (decision 0051). On PGlite the name is ignored. Rows come back as
 * `rawRows` gives them: the same text, the same types. The text must not depend on the values:
 * a statement whose shape varies needs one name per shape.
 *
 * @example
 * const byWorker = preparedStatement('caseload', () => sql`select … where m.worker_id = ${sql.placeholder('workerId')}`);
 * const rows = await byWorker.rows<CaseloadSqlRow>(db, { workerId });
 */
export function preparedStatement(name: string, build: (db: Database) => SQLWrapper) {
  let query: Query | undefined;
  const execute = (db: Database, values: object) => {
    query ??= dialect.sqlToQuery(build(db).getSQL());
    return db._.session
      .prepareQuery(query, undefined, name, false)
      .execute(values as Record<string, unknown>) as Promise<unknown>;
  };
  return {
    /** Runs the statement and returns its rows. */
    rows: async <T extends Record<string, unknown>>(db: Database, values: object): Promise<T[]> =>
      ((await execute(db, values)) as { rows: T[] }).rows,
    /** Runs the statement for its effect. */
    run: async (db: Database, values: object): Promise<void> => void (await execute(db, values)),
  };
}
