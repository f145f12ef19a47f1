import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { ReviewRepository } from '../services/people/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { review } from './schema';

/** Care-plan reviews: when each is due and whether it was held. */
export function createReviewRepository(db: Database): ReviewRepository {
  return {
    create: async (row) => void (await db.insert(review).values(row)),
    createMany: (rows) => inBatches(rows, (batch) => db.insert(review).values(batch)),
    findNextDue: async (personId) =>
      (
        await db
          .select({ id: review.id, personId: review.personId, dueOn: review.dueOn, heldOn: review.heldOn })
          .from(review)
          .where(and(eq(review.personId, personId), isNull(review.heldOn)))
          .orderBy(asc(review.dueOn))
          .limit(1)
      )[0] ?? null,
    findById: async (personId, id) =>
      (
        await db
          .select({ id: review.id, personId: review.personId, dueOn: review.dueOn, heldOn: review.heldOn })
          .from(review)
          .where(and(eq(review.personId, personId), eq(review.id, id)))
      )[0] ?? null,
    listForPerson: (personId) =>
      db
        .select({ id: review.id, personId: review.personId, dueOn: review.dueOn, heldOn: review.heldOn })
        .from(review)
        .where(eq(review.personId, personId))
        .orderBy(desc(review.dueOn)),
    setDueOn: async (personId, id, dueOn) =>
      void (await db.update(review).set({ dueOn }).where(and(eq(review.personId, personId), eq(review.id, id), isNull(review.heldOn)))),
    markHeld: async (personId, id, heldOn) =>
      (
        await db
          .update(review)
          .set({ heldOn })
          .where(and(eq(review.personId, personId), eq(review.id, id), isNull(review.heldOn)))
          .returning({ id: review.id })
      ).length === 1,
  };
}
