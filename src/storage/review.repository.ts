import { and, asc, eq, isNull } from 'drizzle-orm';
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
  };
}
