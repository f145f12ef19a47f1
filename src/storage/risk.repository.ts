import { and, desc, eq } from 'drizzle-orm';
import type { DiscussionMode } from '../domain/risk/risk-discussion';
import type { RiskRepository } from '../services/risk/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { positiveRiskPlanReview, riskDiscussion } from './schema/risk.schema';

/** When and how the risk formulation was discussed with the person; the positive risk-taking plan's review date. */
export function createRiskRepository(db: Database): RiskRepository {
  return {
    addDiscussion: async (discussion) => void (await db.insert(riskDiscussion).values(discussion)),
    listDiscussions: async (personId) =>
      (
        await db
          .select()
          .from(riskDiscussion)
          .where(eq(riskDiscussion.personId, personId))
          .orderBy(desc(riskDiscussion.discussedOn), desc(riskDiscussion.recordedAt))
      ).map((row) => ({ ...row, mode: row.mode as DiscussionMode })),
    addDiscussions: async (discussions) => {
      await inBatches(discussions, (batch) => db.insert(riskDiscussion).values(batch));
    },
    findPlanReview: async (personId) =>
      (await db.select().from(positiveRiskPlanReview).where(eq(positiveRiskPlanReview.personId, personId)))[0] ?? null,
    setPlanReview: async (review, previousReviewOn) => {
      const written =
        previousReviewOn === null
          ? await db
              .insert(positiveRiskPlanReview)
              .values(review)
              .onConflictDoNothing()
              .returning({ personId: positiveRiskPlanReview.personId })
          : await db
              .update(positiveRiskPlanReview)
              .set({ reviewOn: review.reviewOn, updatedAt: review.updatedAt, updatedByName: review.updatedByName })
              .where(
                and(
                  eq(positiveRiskPlanReview.personId, review.personId),
                  eq(positiveRiskPlanReview.reviewOn, previousReviewOn),
                ),
              )
              .returning({ personId: positiveRiskPlanReview.personId });
      return written.length === 1;
    },
  };
}
