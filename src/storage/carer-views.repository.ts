import { and, desc, eq } from 'drizzle-orm';
import type { CarerViewRecord, CarerViewRepository } from '../services/carer-views/ports';
import type { Database } from './database';
import { carerView } from './schema/carer-views.schema';

const toRecord = (row: typeof carerView.$inferSelect): CarerViewRecord => ({
  id: row.id,
  personId: row.personId,
  carerId: row.carerId,
  reviewId: row.reviewId,
  instrumentId: row.instrumentId,
  version: row.version,
  answers: row.answers,
  score: row.score,
  comment: row.comment,
  sharedWithPerson: row.sharedWithPerson,
  givenAt: row.givenAt,
  recordedByAccountId: row.recordedByAccountId,
});

/** Carers' views of meetings they were at. */
export function createCarerViewRepository(db: Database): CarerViewRepository {
  return {
    create: async (view) => void (await db.insert(carerView).values(view)),
    createMany: async (views) => {
      if (views.length > 0) await db.insert(carerView).values(views);
    },
    find: async (personId, reviewId, carerId) => {
      const rows = await db
        .select()
        .from(carerView)
        .where(and(eq(carerView.personId, personId), eq(carerView.reviewId, reviewId), eq(carerView.carerId, carerId)));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    listForPerson: async (personId) =>
      (
        await db
          .select()
          .from(carerView)
          .where(eq(carerView.personId, personId))
          .orderBy(desc(carerView.givenAt), desc(carerView.id))
      ).map(toRecord),
  };
}
