import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { ReflectionTheme, WouldDoAgain } from '../domain/reflections/reflection-prompts';
import type { ReflectionRecord, ReflectionRepository } from '../services/reflections/ports';
import type { Database } from './database';
import { reflection, reflectionReply, supervisionReflection, supervisionSession } from './schema/reflections.schema';

const toRecord = ({ createdAt: _written, ...row }: typeof reflection.$inferSelect): ReflectionRecord => ({
  ...row,
  theme: row.theme as ReflectionTheme,
  wouldDoAgain: row.wouldDoAgain as WouldDoAgain,
});

/** Reflective logs: entries, replies, supervision sessions. */
export function createReflectionRepository(db: Database): ReflectionRepository {
  return {
    create: async (row) => void (await db.insert(reflection).values(row)),
    findById: async (id) => {
      const [row] = await db.select().from(reflection).where(eq(reflection.id, id));
      return row ? toRecord(row) : null;
    },
    listForWorker: async (workerId, { sharedOnly }) =>
      (
        await db
          .select()
          .from(reflection)
          .where(and(eq(reflection.workerId, workerId), sharedOnly ? isNotNull(reflection.sharedAt) : undefined))
          .orderBy(desc(reflection.writtenAt), desc(reflection.id))
      ).map(toRecord),
    share: async (id, at) =>
      void (await db
        .update(reflection)
        .set({ sharedAt: at })
        .where(and(eq(reflection.id, id), isNull(reflection.sharedAt)))),
    addReply: async (row) => void (await db.insert(reflectionReply).values(row)),
    listReplies: async (ids) => {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(reflectionReply)
        .where(inArray(reflectionReply.reflectionId, ids))
        .orderBy(reflectionReply.writtenAt, reflectionReply.id);
      return rows.map(({ createdAt: _written, ...row }) => row);
    },
    createSession: async ({ reflectionIds, ...row }) => {
      await db.insert(supervisionSession).values(row);
      if (reflectionIds.length > 0)
        await db
          .insert(supervisionReflection)
          .values(reflectionIds.map((reflectionId) => ({ sessionId: row.id, reflectionId })));
    },
    listSessions: async (workerId) => {
      const rows = await db
        .select()
        .from(supervisionSession)
        .where(eq(supervisionSession.workerId, workerId))
        .orderBy(desc(supervisionSession.heldOn), desc(supervisionSession.id));
      if (rows.length === 0) return [];
      const links = await db
        .select()
        .from(supervisionReflection)
        .where(
          inArray(
            supervisionReflection.sessionId,
            rows.map((r) => r.id),
          ),
        );
      return rows.map(({ createdAt: _written, ...row }) => ({
        ...row,
        reflectionIds: links.filter((l) => l.sessionId === row.id).map((l) => l.reflectionId),
      }));
    },
  };
}
