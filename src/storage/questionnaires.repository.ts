import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ResponsePurpose } from '../services/instruments/ports';
import type {
  InvitationOrigin,
  QuestionnaireInvitationRecord,
  QuestionnaireRepository,
} from '../services/questionnaires/ports';
import type { Database } from './database';
import { instrumentResponse } from './schema/instruments.schema';
import {
  questionnaireInvitation as invitation,
  questionnaireSchedule as schedule,
} from './schema/questionnaires.schema';

const toInvitation = ({
  instrumentVersion,
  origin,
  ...row
}: typeof invitation.$inferSelect): QuestionnaireInvitationRecord => ({
  ...row,
  version: instrumentVersion,
  origin: origin as InvitationOrigin,
});

/** Questionnaires the person fills in: the care team's schedules, invitations with their drafts, and the responses. */
export function createQuestionnaireRepository(db: Database): QuestionnaireRepository {
  return {
    saveSchedule: async (record) => {
      const { everyDays, setByAccountId, setAt, stoppedAt, stoppedByAccountId } = record;
      const rest = { everyDays, setByAccountId, setAt, stoppedAt, stoppedByAccountId };
      await db
        .insert(schedule)
        .values(record)
        .onConflictDoUpdate({ target: [schedule.personId, schedule.instrumentId], set: rest });
    },
    listSchedules: async (personId) =>
      db.select().from(schedule).where(eq(schedule.personId, personId)).orderBy(asc(schedule.instrumentId)),
    findSchedule: async (personId, instrumentId) => {
      const rows = await db
        .select()
        .from(schedule)
        .where(and(eq(schedule.personId, personId), eq(schedule.instrumentId, instrumentId)));
      return rows[0] ?? null;
    },
    stopSchedule: async (personId, instrumentId, stoppedAt, byAccountId) => {
      const rows = await db
        .update(schedule)
        .set({ stoppedAt, stoppedByAccountId: byAccountId })
        .where(
          and(eq(schedule.personId, personId), eq(schedule.instrumentId, instrumentId), isNull(schedule.stoppedAt)),
        )
        .returning({ instrumentId: schedule.instrumentId });
      return rows.length === 1;
    },
    withdrawUnbegunInvitations: async (personId, instrumentId) => {
      const rows = await db
        .delete(invitation)
        .where(
          and(
            eq(invitation.personId, personId),
            eq(invitation.instrumentId, instrumentId),
            eq(invitation.origin, 'care_team'),
            isNull(invitation.completedAt),
            eq(invitation.revision, 0),
          ),
        )
        .returning({ emailId: invitation.emailId });
      return { emailIds: rows.flatMap((row) => (row.emailId ? [row.emailId] : [])), count: rows.length };
    },
    createInvitation: async ({ version, ...record }) =>
      void (await db.insert(invitation).values({ ...record, instrumentVersion: version })),
    findInvitation: async (personId, id) => {
      const rows = await db
        .select()
        .from(invitation)
        .where(and(eq(invitation.personId, personId), eq(invitation.id, id)));
      return rows[0] ? toInvitation(rows[0]) : null;
    },
    listOpenInvitations: async (personId) =>
      (
        await db
          .select()
          .from(invitation)
          .where(and(eq(invitation.personId, personId), isNull(invitation.completedAt)))
          .orderBy(asc(invitation.dueOn), asc(invitation.createdAt))
      ).map(toInvitation),
    saveDraft: async (personId, id, expectedRevision, answers, savedAt) => {
      const rows = await db
        .update(invitation)
        .set({ draftAnswers: answers, draftSavedAt: savedAt, revision: sql`${invitation.revision} + 1` })
        .where(open(personId, id, expectedRevision))
        .returning({ revision: invitation.revision });
      return rows[0]?.revision ?? null;
    },
    complete: async (personId, id, expectedRevision, responseId, completedAt) => {
      const rows = await db
        .update(invitation)
        .set({ responseId, completedAt, draftAnswers: [], revision: sql`${invitation.revision} + 1` })
        .where(open(personId, id, expectedRevision))
        .returning({ id: invitation.id });
      return rows.length === 1;
    },
    listOutcomeResponses: async (personId, instrumentIds) => {
      if (instrumentIds.length === 0) return [];
      const purpose: ResponsePurpose = 'outcome_measure';
      const rows = await db
        .select()
        .from(instrumentResponse)
        .where(
          and(
            eq(instrumentResponse.personId, personId),
            eq(instrumentResponse.purpose, purpose),
            inArray(instrumentResponse.instrumentId, [...instrumentIds]),
          ),
        )
        .orderBy(asc(instrumentResponse.completedAt));
      return rows.map(({ instrumentVersion, createdAt: _createdAt, ...row }) => ({
        ...row,
        version: instrumentVersion,
        purpose,
      }));
    },
  };
}

function open(personId: string, id: string, expectedRevision: number) {
  return and(
    eq(invitation.personId, personId),
    eq(invitation.id, id),
    eq(invitation.revision, expectedRevision),
    isNull(invitation.completedAt),
  );
}
