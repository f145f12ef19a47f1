import { desc, eq } from 'drizzle-orm';
import type { DiscussionMode } from '../domain/risk/risk-discussion';
import type { RiskRepository } from '../services/risk/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { riskDiscussion } from './schema/risk.schema';

/** When and how the risk formulation was discussed with the person. */
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
  };
}
