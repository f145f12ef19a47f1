import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FeedbackRespondent, FeedbackVisibility } from '../domain/feedback/feedback-visibility';
import type { FeedbackRepository, RelationshipFeedbackRecord } from '../services/feedback/ports';
import type { Database } from './database';
import { inBatches } from './in-batches';
import { feedbackPreference, relationshipFeedback as f } from './meetings.schema';

const toRecord = (row: typeof f.$inferSelect): RelationshipFeedbackRecord => ({
  id: row.id,
  personId: row.personId,
  workerId: row.workerId,
  meetingId: row.meetingId,
  meetingOccurredAt: row.meetingOccurredAt,
  respondent: row.respondent as FeedbackRespondent,
  visibility: row.visibility as FeedbackVisibility | null,
  score: row.score,
  responseId: row.responseId,
  givenAt: row.givenAt,
  recordedByAccountId: row.recordedByAccountId,
});

const oldestFirst = [asc(f.meetingOccurredAt), asc(f.givenAt)];

/** Relationship feedback from both sides, and each person's choice of who sees theirs. */
export function createFeedbackRepository(db: Database): FeedbackRepository {
  return {
    create: async (feedback) => void (await db.insert(f).values(feedback)),
    createMany: (feedback) => inBatches(feedback, (batch) => db.insert(f).values(batch)),
    find: async (personId, meetingId, workerId, respondent) => {
      const rows = await db
        .select()
        .from(f)
        .where(and(eq(f.personId, personId), eq(f.meetingId, meetingId), eq(f.workerId, workerId), eq(f.respondent, respondent)));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    findByResponseId: async (personId, responseId) => {
      const rows = await db.select().from(f).where(and(eq(f.personId, personId), eq(f.responseId, responseId)));
      return rows[0] ? toRecord(rows[0]) : null;
    },
    listForPerson: async (personId, workerId) =>
      (
        await db
          .select()
          .from(f)
          .where(and(eq(f.personId, personId), workerId ? eq(f.workerId, workerId) : undefined))
          .orderBy(...oldestFirst)
      ).map(toRecord),
    listForWorker: async (workerId, personIds) => {
      if (personIds.length === 0) return [];
      const rows = await db
        .select()
        .from(f)
        .where(and(eq(f.workerId, workerId), inArray(f.personId, [...personIds])))
        .orderBy(...oldestFirst);
      return rows.map(toRecord);
    },
    findPreference: async (personId) => {
      const rows = await db.select().from(feedbackPreference).where(eq(feedbackPreference.personId, personId));
      return rows[0] ? { ...rows[0], visibility: rows[0].visibility as FeedbackVisibility } : null;
    },
    savePreference: async (preference) => {
      const { personId: _personId, ...rest } = preference;
      await db.insert(feedbackPreference).values(preference).onConflictDoUpdate({ target: feedbackPreference.personId, set: rest });
    },
  };
}
