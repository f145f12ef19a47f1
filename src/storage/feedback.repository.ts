import { and, asc, eq, inArray, Param, sql } from 'drizzle-orm';
import type { FeedbackRespondent, FeedbackVisibility } from '../domain/feedback/feedback-visibility';
import type {
  FeedbackPreferenceRecord,
  FeedbackRepository,
  RelationshipFeedbackRecord,
} from '../services/feedback/ports';
import type { Database } from './database';
import {
  feedbackAlertAcknowledgement as ack,
  feedbackPreference,
  relationshipFeedback as f,
} from './schema/feedback.schema';

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

// Bulk loads send one array per column and let PostgreSQL unnest them, as contacts do.
const BATCH = 5_000;
const array = (values: unknown[]) => new Param(values);

async function insertFeedback(db: Database, batch: RelationshipFeedbackRecord[]): Promise<void> {
  await db.execute(sql`
    insert into relationship_feedback (id, person_id, worker_id, meeting_id, meeting_occurred_at, respondent, visibility, score, response_id, given_at, recorded_by_account_id)
    select * from unnest(
      ${array(batch.map((r) => r.id))}::uuid[], ${array(batch.map((r) => r.personId))}::uuid[],
      ${array(batch.map((r) => r.workerId))}::uuid[], ${array(batch.map((r) => r.meetingId))}::uuid[],
      ${array(batch.map((r) => r.meetingOccurredAt.toISOString()))}::timestamptz[], ${array(batch.map((r) => r.respondent))}::text[],
      ${array(batch.map((r) => r.visibility))}::text[], ${array(batch.map((r) => r.score))}::float8[],
      ${array(batch.map((r) => r.responseId))}::uuid[], ${array(batch.map((r) => r.givenAt.toISOString()))}::timestamptz[],
      ${array(batch.map((r) => r.recordedByAccountId))}::uuid[])`);
}

async function insertPreferences(db: Database, batch: FeedbackPreferenceRecord[]): Promise<void> {
  await db.execute(sql`
    insert into feedback_preference (person_id, visibility, updated_at, updated_by_account_id)
    select * from unnest(
      ${array(batch.map((r) => r.personId))}::uuid[], ${array(batch.map((r) => r.visibility))}::text[],
      ${array(batch.map((r) => r.updatedAt.toISOString()))}::timestamptz[], ${array(batch.map((r) => r.updatedByAccountId))}::uuid[])`);
}

async function inSlices<T>(rows: readonly T[], insert: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Relationship feedback from both sides, and each person's choice of who sees theirs. */
export function createFeedbackRepository(db: Database): FeedbackRepository {
  return {
    create: async (feedback) => void (await db.insert(f).values(feedback)),
    createMany: (feedback) => inSlices(feedback, (batch) => insertFeedback(db, batch)),
    createPreferences: (preferences) => inSlices(preferences, (batch) => insertPreferences(db, batch)),
    find: async (personId, meetingId, workerId, respondent) => {
      const rows = await db
        .select()
        .from(f)
        .where(
          and(
            eq(f.personId, personId),
            eq(f.meetingId, meetingId),
            eq(f.workerId, workerId),
            eq(f.respondent, respondent),
          ),
        );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    findByResponseId: async (personId, responseId) => {
      const rows = await db
        .select()
        .from(f)
        .where(and(eq(f.personId, personId), eq(f.responseId, responseId)));
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
    acknowledgeAlert: async (acknowledgement) =>
      void (await db.insert(ack).values(acknowledgement).onConflictDoNothing()),
    listAlertAcknowledgements: async (workerId, personIds) => {
      if (personIds.length === 0) return [];
      return db
        .select()
        .from(ack)
        .where(and(eq(ack.workerId, workerId), inArray(ack.personId, [...personIds])));
    },
    savePreference: async (preference) => {
      const { personId: _personId, ...rest } = preference;
      await db
        .insert(feedbackPreference)
        .values(preference)
        .onConflictDoUpdate({ target: feedbackPreference.personId, set: rest });
    },
  };
}
