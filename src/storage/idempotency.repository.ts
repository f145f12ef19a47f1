import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { IdempotencyRepository, IdempotentRequestRecord } from '../services/idempotency/ports';
import type { Database } from './database';
import { idempotentRequest as r } from './schema/idempotency.schema';

const toRecord = (row: typeof r.$inferSelect): IdempotentRequestRecord => ({
  ...row,
  responseBody: row.responseBody ?? null,
  responseHeaders: row.responseHeaders ?? null,
});

/** Form submissions by idempotency key, per account. */
export function createIdempotencyRepository(db: Database): IdempotencyRepository {
  const byKey = (accountId: string, key: string) => and(eq(r.accountId, accountId), eq(r.key, key));
  return {
    claim: async (request, staleBefore) => {
      const values = { ...request, responseBody: request.responseBody ?? null, responseHeaders: null };
      const inserted = await db.insert(r).values(values).onConflictDoNothing().returning();
      if (inserted[0]) return toRecord(inserted[0]);
      // One statement, so two requests cannot both take over the same stale row.
      const taken = await db
        .update(r)
        .set(values)
        .where(
          and(
            byKey(request.accountId, request.key),
            or(lt(r.expiresAt, request.createdAt), and(isNull(r.statusCode), lt(r.createdAt, staleBefore))),
          ),
        )
        .returning();
      return taken[0] ? toRecord(taken[0]) : null;
    },
    find: async (accountId, key) => {
      const rows = await db.select().from(r).where(byKey(accountId, key));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    complete: async (accountId, key, answer) =>
      void (await db
        .update(r)
        .set({
          statusCode: answer.statusCode,
          responseBody: answer.responseBody,
          responseHeaders: answer.responseHeaders,
        })
        .where(byKey(accountId, key))),
    release: async (accountId, key) =>
      void (await db.delete(r).where(and(byKey(accountId, key), isNull(r.statusCode)))),
    deleteExpired: async (accountId, now) =>
      void (await db.delete(r).where(and(eq(r.accountId, accountId), lt(r.expiresAt, now)))),
  };
}
