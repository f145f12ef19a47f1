import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { SharedDocumentKind } from '../domain/share-links/share-link-rules';
import type { ShareLinkRecord, ShareLinkRepository } from '../services/share-links/ports';
import type { Database } from './database';
import { shareLink } from './schema/share-links.schema';

const toRecord = (row: typeof shareLink.$inferSelect): ShareLinkRecord => ({
  ...row,
  documentKind: row.documentKind as SharedDocumentKind,
});

/** Share links of a person's documents. */
export function createShareLinkRepository(db: Database): ShareLinkRepository {
  return {
    create: async (link) => void (await db.insert(shareLink).values(link)),
    findBySelector: async (selector) =>
      (await db.select().from(shareLink).where(eq(shareLink.selector, selector))).map(toRecord)[0] ?? null,
    findById: async (personId, id) =>
      (
        await db
          .select()
          .from(shareLink)
          .where(and(eq(shareLink.personId, personId), eq(shareLink.id, id)))
      ).map(toRecord)[0] ?? null,
    listForPerson: async (personId) =>
      (
        await db
          .select()
          .from(shareLink)
          .where(eq(shareLink.personId, personId))
          .orderBy(desc(shareLink.createdAt), desc(shareLink.id))
      ).map(toRecord),
    revoke: async (personId, id, at) =>
      (
        await db
          .update(shareLink)
          .set({ revokedAt: at })
          .where(and(eq(shareLink.personId, personId), eq(shareLink.id, id), isNull(shareLink.revokedAt)))
          .returning({ id: shareLink.id })
      ).length === 1,
    markOpened: async (personId, id, at) =>
      void (await db
        .update(shareLink)
        .set({ lastOpenedAt: at, openCount: sql`${shareLink.openCount} + 1` })
        .where(and(eq(shareLink.personId, personId), eq(shareLink.id, id)))),
  };
}
